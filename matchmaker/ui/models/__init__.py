"""Item models shared by the pages (after vorta's archive_table_model.py).

- :class:`RowTableModel`: a flat table over a list of rows (tuples or objects) described by
  :class:`Column` constants. ``SortRole`` returns native values, ``ObjectRole`` the row itself.
- :class:`FilterSortProxy`: the ONE sort/filter proxy every list uses, with a folded free-text
  filter and any number of per-column filters, fast on 50,000 rows.
"""

from .proxy import FilterSortProxy
from .table import ObjectRole, RowTableModel, SearchRole, SortRole, TableColumn

__all__ = ["FilterSortProxy", "ObjectRole", "RowTableModel", "SearchRole", "SortRole", "TableColumn"]
