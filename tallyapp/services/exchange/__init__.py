"""Exchanging protocols between commissions: signed packages out; packages, signed PDFs and
photographed QR codes in, each verified and stored as one transaction.

- `format`: the package format, file kinds, the schema;
- `register`: what the importing database knows;
- `readers`: reading and verifying each kind of file (admission rules: `domain.admission`);
- `reconcile`: differences against what is stored, recomputed summaries;
- `importing`: storing each file through the one write path;
- `outcomes`: what became of each file, as data;
- `export`: signed packages for the commission above.
"""

from __future__ import annotations

from tallyapp.services.exchange.export import (
    PackageSummary,
    build_package,
    export_each_tec,
    export_package,
)
from tallyapp.services.exchange.format import PACKAGE_FORMAT, FileKind, Rejected, package_schema
from tallyapp.services.exchange.importing import import_files
from tallyapp.services.exchange.outcomes import Conflict, FileOutcome, Outcome, SummaryDifference
from tallyapp.services.exchange.readers import files_in
from tallyapp.services.exchange.register import Register

__all__ = [
    "PACKAGE_FORMAT",
    "Conflict",
    "FileKind",
    "FileOutcome",
    "Outcome",
    "PackageSummary",
    "Register",
    "Rejected",
    "SummaryDifference",
    "build_package",
    "export_each_tec",
    "export_package",
    "files_in",
    "import_files",
    "package_schema",
]
