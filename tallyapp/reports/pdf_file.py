"""Files inside PDFs: attaching the protocol's JSON, and reading it back."""

from __future__ import annotations

import io
import json
from typing import Any

from pyhanko.pdf_utils import embed
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader

SUMMARY_ATTACHMENT = "summary.json"  # a summary protocol's figures, attached
RESULTS_ATTACHMENT = "results.json"  # the final results' figures, attached


def attach_json(pdf: bytes, data: dict[str, Any], name: str) -> bytes:
    """The PDF with `data` embedded as the attachment `name` (application/json)."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    content = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    spec = embed.FileSpec(
        file_spec_string=name,
        file_name=name,
        embedded_data=embed.EmbeddedFileObject.from_file_data(
            writer, data=content, mime_type="application/json"
        ),
        description="tallyapp protocol data",
    )
    embed.embed_file(writer, spec)
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    return out.getvalue()


def read_attachments(pdf: bytes) -> dict[str, bytes]:
    """Every embedded file by name."""
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    found: dict[str, bytes] = {}
    names = reader.root.get("/Names")
    if names is None:
        return found
    names = names.get_object()
    if "/EmbeddedFiles" not in names:
        return found
    tree = names["/EmbeddedFiles"].get_object()
    pairs = tree.get("/Names")
    pairs = list(pairs.get_object()) if pairs is not None else []
    for i in range(0, len(pairs), 2):
        name = str(pairs[i])
        spec = pairs[i + 1].get_object()
        stream = spec["/EF"]["/F"].get_object()
        found[name] = stream.data
    return found
