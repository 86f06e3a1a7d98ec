"""The offline partner catalogue: publish (.mmcat), browse read-only, export requests (.mmreq), import them back.

See README.md in this folder for the file formats and the threat model.
"""

from .container import MIMETYPE, SUFFIX, pack_catalogue, parse_catalogue, read_catalogue
from .document import (
    Catalogue,
    CatalogueContact,
    CatalogueEvent,
    CatalogueOpportunity,
    CatalogueOrganisation,
    CatalogueSlot,
    PublicationInfo,
)
from .importer import ImportReport, import_requests
from .publish import PublishReport, consented, publish_catalogue, request_key
from .requests_file import REQUESTS_SUFFIX, RequestedMeeting, RequestFile, parse_request_file, read_request_file
from .safety import FileRefused
from .work import DraftRequest, Work, export_requests, load_work, save_work, work_location, work_path

__all__ = [
    "MIMETYPE",
    "REQUESTS_SUFFIX",
    "SUFFIX",
    "Catalogue",
    "CatalogueContact",
    "CatalogueEvent",
    "CatalogueOpportunity",
    "CatalogueOrganisation",
    "CatalogueSlot",
    "DraftRequest",
    "FileRefused",
    "ImportReport",
    "PublicationInfo",
    "PublishReport",
    "RequestFile",
    "RequestedMeeting",
    "Work",
    "consented",
    "export_requests",
    "import_requests",
    "load_work",
    "pack_catalogue",
    "parse_catalogue",
    "parse_request_file",
    "publish_catalogue",
    "read_catalogue",
    "read_request_file",
    "request_key",
    "save_work",
    "work_location",
    "work_path",
]
