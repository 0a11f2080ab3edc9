"""The courses the platform ships, as packages under ``courses/content/``."""

from pathlib import Path

CONTENT_DIR = Path(__file__).resolve().parent.parent / "content"

# Catalogue order; a course comes after the courses it requires.
SHIPPED = [
    "humas-untuk-non-humas",
    "literasi-digital-dasar-asn",
    "pengantar-humas-digital",
    "humas-pemerintah-lanjutan",
]


def shipped_package_folders():
    """The shipped package folders, prerequisites first."""
    return [CONTENT_DIR / slug for slug in SHIPPED]
