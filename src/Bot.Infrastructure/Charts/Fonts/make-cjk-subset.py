#!/usr/bin/python3
"""Rebuilds ChartCJKSubset-{Regular,Bold}.otf from Debian's fonts-noto-cjk (apt-get install fonts-noto-cjk python3-fonttools).

Run from the repository root: /usr/bin/python3 src/Bot.Infrastructure/Charts/Fonts/make-cjk-subset.py
The character set: KS X 1001 Hangul, JIS X 0208 level-1 kanji, kana, punctuation, Latin, and every character in
knowledge/ and the answer templates, so what the charts draw today is covered and what a later edit adds mostly is.
"""
import glob
import os

from fontTools import subset
from fontTools.ttLib import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILY = "Chart CJK Subset"


def characters():
    chars = set()
    for b1 in range(0xB0, 0xC9):  # KS X 1001 Hangul rows (EUC-KR)
        for b2 in range(0xA1, 0xFF):
            try:
                chars.update(bytes([b1, b2]).decode("euc_kr"))
            except UnicodeDecodeError:
                pass
    for b1 in range(0x88, 0x99):  # JIS X 0208 level-1 kanji rows (Shift_JIS)
        for b2 in list(range(0x40, 0x7F)) + list(range(0x80, 0xFD)):
            try:
                chars.update(bytes([b1, b2]).decode("shift_jis"))
            except UnicodeDecodeError:
                pass
    for first, last in [(0x20, 0x7E), (0xA0, 0xFF), (0x2010, 0x206F), (0x3000, 0x303F), (0x3040, 0x30FF),
                        (0x3130, 0x318F), (0xFF00, 0xFFEF), (0x2190, 0x2193), (0x2200, 0x2212)]:
        chars.update(chr(c) for c in range(first, last + 1))
    for path in glob.glob("knowledge/**/*", recursive=True) + glob.glob("src/Bot.Core/Answers/Templates/*.cs"):
        if os.path.isfile(path):
            with open(path, encoding="utf-8") as f:
                chars.update(f.read())
    return "".join(sorted(c for c in chars if ord(c) >= 0x20))


def build(weight, text):
    options = subset.Options()
    options.font_number = 0  # Noto Sans CJK JP
    options.layout_features = []
    options.hinting = False
    options.name_IDs = ["*"]
    options.drop_tables += ["vhea", "vmtx", "VORG", "BASE", "GDEF", "GPOS", "GSUB"]
    font = subset.load_font(f"/usr/share/fonts/opentype/noto/NotoSansCJK-{weight}.ttc", options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    # A modified version may not keep the original names (SIL OFL 1.1, condition 3).
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = FAMILY
        elif record.nameID == 4:
            record.string = f"{FAMILY} {weight}"
        elif record.nameID == 6:
            record.string = f"ChartCJKSubset-{weight}"
        elif record.nameID == 3:
            record.string = f"ChartCJKSubset-{weight}; subset of Noto Sans CJK JP 2.004"
    cff = font["CFF "].cff
    cff.fontNames = [f"ChartCJKSubset-{weight}"]
    cff.topDictIndex[0].FamilyName = FAMILY
    cff.topDictIndex[0].FullName = f"{FAMILY} {weight}"
    font.recalcTimestamp = False  # the same input gives the same bytes
    font.save(os.path.join(HERE, f"ChartCJKSubset-{weight}.otf"))


if __name__ == "__main__":
    text = characters()
    for weight in ("Regular", "Bold"):
        build(weight, text)
