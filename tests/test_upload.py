"""Your own CSV: every way it can be wrong gets a named message; good files are read leniently."""
from __future__ import annotations

import pytest

from core.upload import MAX_BYTES, UploadError, parse

KNOWN = {"GM0363", "GM0599", "BU03630000", "PC4-1011"}


@pytest.mark.parametrize("data, key", [
    (b"", "upload.empty"),
    (b"   \n  ", "upload.empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "upload.binary"),
    (b"naam,waarde\nAmsterdam,1\n", "upload.no_code"),
    (b"code,a,b\nGM0363,1,2\n", "upload.no_value"),
    (b"code,value\nGM0363,abc\nGM0599,2\n", "upload.not_numeric"),
    (b"code,value\nGM0363,1\nGM0363,2\n", "upload.duplicates"),
    (b"code,value\nXX,1\nYY,2\n", "upload.no_known_codes"),
    (b"code,value\n" + b"GM0363,1\n" * (MAX_BYTES // 9 + 10), "upload.too_big"),
])
def test_bad_uploads_are_named(data, key):
    with pytest.raises(UploadError) as info:
        parse(data, KNOWN)
    assert info.value.key == key


def test_good_upload_with_semicolons_decimal_commas_and_unknowns():
    df, report = parse("code;value;label\nGM0363;1,5;A\ngm0599;2;B\nGM9999;3;C\n".encode(), KNOWN)
    assert df["code"].tolist() == ["GM0363", "GM0599"] and df["value"].tolist() == [1.5, 2.0]
    assert report["level"] == "gemeente" and report["unknown"] == ["GM9999"]


def test_postcodes_are_read_as_pc4():
    df, report = parse(b"postcode,value\n1011 AB,3\n", KNOWN)
    assert df["code"].tolist() == ["PC4-1011"] and report["level"] == "pc4"
