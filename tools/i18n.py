"""Refresh the interface translations: lupdate over matchmaker/ui into resources/i18n/*.ts, then lrelease to .qm.

Usage: python tools/i18n.py   (edit the .ts files with pyside6-linguist, then run it again)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LANGUAGES = ("lt", "pl")


def main() -> int:
    bin_dir = Path(sys.executable).parent
    sources = sorted(str(p.relative_to(REPO)) for p in (REPO / "matchmaker" / "ui").rglob("*.py"))
    for language in LANGUAGES:
        ts = REPO / "resources" / "i18n" / f"matchmaker_{language}.ts"
        subprocess.run(
            [str(bin_dir / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)], cwd=REPO, check=True
        )
        subprocess.run([str(bin_dir / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
