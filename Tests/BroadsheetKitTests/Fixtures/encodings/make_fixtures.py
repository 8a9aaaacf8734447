#!/usr/bin/env python3
"""Writes the encoded fixtures from the UTF-8 texts in source/ (written for these tests).
Python's codecs are an implementation independent of the iconv Broadsheet decodes with.
Run from this folder: python3 make_fixtures.py"""
import os

PAIRS = [  # (text, Python codec, WHATWG label the file is named and checked by)
    ("ru", "cp1251", "windows-1251"), ("ru", "koi8_r", "koi8-r"), ("ja", "cp932", "shift_jis"), ("ja", "euc_jp", "euc-jp"),
    ("zh", "gb18030", "gb18030"), ("zh-hant", "big5", "big5"), ("ko", "cp949", "euc-kr"), ("el", "cp1253", "windows-1253"),
    ("fr", "cp1252", "windows-1252"), ("de", "cp1252", "windows-1252"),
]
# KOI8-R has no guillemets or em dash: Russian texts in it use straight quotes and hyphens.
KOI8_SUBSTITUTES = {"«": '"', "»": '"', "—": "-"}

for name, codec, label in PAIRS:
    text = open(f"source/{name}.txt", encoding="utf-8").read()
    if codec == "koi8_r":
        for a, b in KOI8_SUBSTITUTES.items():
            text = text.replace(a, b)
    with open(f"{name}.{label}.txt", "wb") as f:
        f.write(text.encode(codec))
