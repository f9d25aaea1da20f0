"""Issue 13: an encrypted PDF opens when its user password is empty (owner restrictions only: PDFium
decrypts RC4 and AES itself), and one that needs a password is refused with a clear "encrypted" message
(it was reported as corrupt). The PDFs are written at test time by fpdf2, which needs `cryptography` for AES."""
from __future__ import annotations

from pathlib import Path

import pytest

from samgraf.errors import InputError
from samgraf.sources import read_document

fpdf = pytest.importorskip("fpdf")
pytest.importorskip("cryptography", reason="fpdf2 writes AES-encrypted PDFs with cryptography (a test dependency)")
from fpdf.enums import EncryptionMethod  # noqa: E402

TEXT = "Protokoll styrelsen 2024-03-12 Anna Berg ordförande 640823-3234"


def encrypted_pdf(path: Path, method: EncryptionMethod, user_password: str) -> Path:
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text=TEXT)
    pdf.set_encryption(owner_password="ägare", user_password=user_password, encryption_method=method)
    pdf.output(str(path))
    assert b"/Encrypt" in path.read_bytes()
    return path


@pytest.mark.parametrize("method", [EncryptionMethod.AES_256, EncryptionMethod.AES_128, EncryptionMethod.RC4])
def test_encrypted_pdf_with_empty_user_password_reads(tmp_path: Path, method: EncryptionMethod) -> None:
    path = encrypted_pdf(tmp_path / "p.pdf", method, "")
    doc = read_document(path, "p.pdf")
    assert "Protokoll styrelsen 2024-03-12 Anna Berg" in doc.text
    assert "3234" not in doc.text and doc.redactions == 1


@pytest.mark.parametrize("method", [EncryptionMethod.AES_256, EncryptionMethod.RC4])
def test_pdf_that_needs_a_password_is_refused_as_encrypted(tmp_path: Path, method: EncryptionMethod) -> None:
    path = encrypted_pdf(tmp_path / "p.pdf", method, "hemligt")
    with pytest.raises(InputError) as info:
        read_document(path, "p.pdf")
    message = str(info.value)
    assert message.startswith(f"{path}: PDF is encrypted") and "corrupt" not in message and "\n" not in message
