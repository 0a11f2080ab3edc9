"""Rebuild the certificate fonts from DejaVu Sans (Debian's fonts-dejavu-core).

    .venv/bin/python certificates/fonts/build_fonts.py [/usr/share/fonts/truetype/dejavu]

Every certificate embeds a subset of these files, so they are trimmed to what a PDF
drawn with ReportLab uses: Latin script (Indonesian names and titles, with the
accented letters of loanwords and names), punctuation and common symbols; no
hinting (PDF viewers do not need it), no OpenType layout tables (ReportLab does no
shaping), and only the Windows name records. That keeps each embedded subset small,
which is most of the time ReportLab spends writing a certificate. The copyright and
licence records stay in the font; see LICENSE.txt.
"""

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

HERE = Path(__file__).resolve().parent
SOURCES = {"DejaVuSans.ttf": "DejaVuSans.ttf", "DejaVuSans-Bold.ttf": "DejaVuSans-Bold.ttf"}
UNICODES = [
    *range(0x20, 0x7F),  # Basic Latin
    *range(0xA0, 0x250),  # Latin-1 Supplement, Latin Extended-A and -B
    *range(0x1E00, 0x1F00),  # Latin Extended Additional
    *range(0x2000, 0x2070),  # General Punctuation
    *range(0x20A0, 0x20C1),  # Currency symbols (Rp is written with Latin letters)
    0x2116,
    0x2122,  # numero sign, trade mark
    *range(0x2190, 0x2194),  # arrows
    0x2212,
    0x2713,
    0x2714,
    0xFFFD,  # minus, check marks, replacement character
]


def build(source_dir: Path):
    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.drop_tables += ["GPOS", "GSUB", "GDEF", "kern", "MATH", "FFTM"]
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
    options.name_languages = [0x0409]
    options.name_legacy = False
    options.notdef_outline = True
    options.glyph_names = False
    for target, source in SOURCES.items():
        font = TTFont(source_dir / source)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=UNICODES)
        subsetter.subset(font)
        font["name"].names = [record for record in font["name"].names if record.platformID == 3]
        font.save(HERE / target)
        print(f"{target}: {(HERE / target).stat().st_size:,} bytes")


if __name__ == "__main__":
    build(Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/dejavu"))
