"""Mutations of a real .xlsx for the importer fuzz run: each takes the file's
bytes and a seeded ``random.Random`` and returns damaged bytes."""

from __future__ import annotations

import io
import random
import re
import zipfile


def _members(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(i, z.read(i.filename)) for i in z.infolist()]


def _rezip(members: list[tuple[zipfile.ZipInfo, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info, body in members:
            z.writestr(info, body)
    return out.getvalue()


def _xml_member(members, rng: random.Random) -> int:
    xml = [i for i, (info, _) in enumerate(members) if info.filename.endswith((".xml", ".rels"))]
    sheets = [
        i
        for i in xml
        if "worksheets/" in members[i][0].filename or "sharedStrings" in members[i][0].filename
    ]
    return rng.choice(sheets if sheets and rng.random() < 0.7 else xml)


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def cut_file(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, len(data))]


def drop_entry(data: bytes, rng: random.Random) -> bytes:
    members = _members(data)
    del members[rng.randrange(len(members))]
    return _rezip(members)


def cut_entry(data: bytes, rng: random.Random) -> bytes:
    members = _members(data)
    n = _xml_member(members, rng)
    info, body = members[n]
    members[n] = (info, body[: rng.randrange(0, max(1, len(body)))])
    return _rezip(members)


def break_xml_bytes(data: bytes, rng: random.Random) -> bytes:
    members = _members(data)
    n = _xml_member(members, rng)
    info, body = members[n]
    body = bytearray(body)
    for _ in range(rng.randint(1, 10)):
        pos = rng.randrange(len(body))
        body[pos] = rng.choice(b"<>&\"'/=\x00\xff ")
    members[n] = (info, bytes(body))
    return _rezip(members)


_TAG_EDITS = [
    (rb' t="s"', [b' t="n"', b' t="b"', b' t="e"', b' t="str"', b' t="zz"', b""]),
    (rb' t="n"', [b' t="s"', b' t="d"']),
    (
        rb"<v>(\d+)</v>",
        [b"<v>99999999</v>", b"<v>-1</v>", b"<v>1e309</v>", b"<v>NaN</v>", b"<v></v>"],
    ),
    (rb' r="([A-Z]+)(\d+)"', [b' r="XFD1048576"', b' r="A0"', b' r="!!"', b' r="B999999999"']),
    (rb"<row ", [b"<rowx ", b"<c ", b"<row><row "]),
    (rb"</sheetData>", [b"", b"</sheetData></sheetData>"]),
    (rb"<si>", [b"<si><si>", b""]),
    (rb'<dimension ref="[^"]*"', [b'<dimension ref="A1:XFD1048576"', b'<dimension ref="zz"']),
]


def break_xml_tags(data: bytes, rng: random.Random) -> bytes:
    members = _members(data)
    n = _xml_member(members, rng)
    info, body = members[n]
    for _ in range(rng.randint(1, 4)):
        pattern, replacements = rng.choice(_TAG_EDITS)
        matches = list(re.finditer(pattern, body))
        if matches:
            m = rng.choice(matches)
            body = body[: m.start()] + rng.choice(replacements) + body[m.end() :]
    members[n] = (info, body)
    return _rezip(members)


MUTATIONS = [flip_bytes, cut_file, drop_entry, cut_entry, break_xml_bytes, break_xml_tags]
