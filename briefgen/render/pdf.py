"""The brief as PDF: the Word file converted by LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from briefgen.errors import BriefgenError

PDF_TIMEOUT_SECONDS = 180


def docx_to_pdf(docx: bytes) -> bytes:
    """Convert a Word file to PDF with LibreOffice in a private profile (safe to run concurrently).

    Fails with BriefgenError when soffice is missing (saying how to install it) or the conversion fails.
    """
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise BriefgenError(
            "--to pdf needs LibreOffice (soffice), which is not installed; "
            "install it with: apt-get install libreoffice-writer-nogui"
        )
    with tempfile.TemporaryDirectory(prefix="briefgen-pdf-") as folder:
        work = Path(folder)
        (work / "brief.docx").write_bytes(docx)
        command = [
            soffice,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work),
            str(work / "brief.docx"),
        ]
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=PDF_TIMEOUT_SECONDS, check=False)
        except subprocess.TimeoutExpired:
            raise BriefgenError(
                f"LibreOffice took more than {PDF_TIMEOUT_SECONDS}s to convert the brief to PDF"
            ) from None
        pdf = work / "brief.pdf"
        if not pdf.is_file():
            detail = (result.stderr or result.stdout).strip().splitlines()
            raise BriefgenError(
                f"LibreOffice could not convert the brief to PDF ({detail[-1] if detail else 'no output'})"
            )
        return pdf.read_bytes()
