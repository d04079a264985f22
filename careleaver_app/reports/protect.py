"""Password protection for a PDF that must leave the laptop (AES-256, via pypdf)."""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter


def protect(pdf: bytes, password: str) -> bytes:
    if len(password) < 8:
        raise ValueError("use a password of at least 8 characters, and send it separately from the file")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
