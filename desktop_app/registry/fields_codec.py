"""A record's stored fields without the values its columns already hold.

`records.fields` keeps the registration request as stored (docs/record-json.md); most of it — title,
date, 文种, series, 密级 … — is in the record's own columns too, and at a million records the repeats
cost ~300 MB. So the stored JSON leaves out every value equal to its column and says where it stood:

    {"~": "ab..cR.", "authority": "county_office", "scope": "routine", …}

"~" lists the original keys in their order, one character each: a letter names a key whose value is
its column's (CODES), "R" main_recipients rebuilt from the recipients column (which is
"、".join(main_recipients + cc)), "." the next key stored as is. `decode` gives back exactly the fields
that were encoded, key order included; `encode` checks that before it leaves anything out, and stores the
fields whole otherwise (a value of another type than its column's …). Fields that carry a key "~"
themselves (a request may hold any key) are stored as {"~": "*", "*": [[key, value], …]}, so that no
stored JSON without the mark begins with it. JSON without "~" is the old form, read as it is, so a
database of either form reads the same. Keys that are never left out
(authority, meeting_date, written_on …) can still be read straight from the stored JSON, in SQL too.

CODES is part of the stored format: add codes, never change one."""
from __future__ import annotations

import json
from typing import Any, Mapping

MARK = "~"
STORED = "."
PAIRS = "*"
RECIPIENTS = "R"
SEPARATOR = "、"

# code -> (field key, the column holding its value), per kind of record.
CODES = {
    "outgoing": {"a": ("date", "date"), "b": ("title", "title"), "c": ("series", "series"),
                 "d": ("direction", "direction"), "e": ("doc_type", "doc_type"),
                 "f": ("lead_department", "lead_department"), "g": ("classification", "classification"),
                 "h": ("urgency", "urgency"), "i": ("copies", "copies"), "j": ("publicity", "publicity")},
    "incoming": {"a": ("date", "date"), "b": ("title", "title"), "e": ("doc_type", "doc_type"),
                 "g": ("classification", "classification"), "h": ("urgency", "urgency"), "i": ("copies", "copies"),
                 "k": ("received_on", "date"), "l": ("sender", "sender"), "m": ("sender_number", "sender_number"),
                 "n": ("sender_number_original", "sender_number"), "o": ("due", "due")},
}
_BY_KEY = {kind: {key: (code, column) for code, (key, column) in codes.items()} for kind, codes in CODES.items()}
# The columns docroute_fields_encode(kind, fields, …) takes, in migration 0013's order (fixed).
SQL_COLUMNS = ("classification", "copies", "date", "direction", "doc_type", "due", "lead_department", "publicity",
               "recipients", "sender", "sender_number", "series", "title", "urgency")


_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # json.dumps makes one per call otherwise


def compact(value: Any) -> str:
    return _COMPACT.encode(value)


def encode(kind: str, fields: Mapping, columns: Mapping) -> str:
    """The JSON to store for `fields` of a record whose columns are `columns` (the values written with it)."""
    if MARK in fields:
        return compact({MARK: PAIRS, PAIRS: [[key, value] for key, value in fields.items()]})
    keys = _BY_KEY.get(kind)
    if keys is None:
        return compact(fields)
    layout, stored = [], {}
    for key, value in fields.items():
        held = keys.get(key)
        if held is not None and held[1] in columns and _same(value, columns[held[1]]):
            layout.append(held[0])
        elif key == "main_recipients" and value == _main_recipients(columns.get("recipients"), fields.get("cc")):
            layout.append(RECIPIENTS)
        else:
            layout.append(STORED)
            stored[key] = value
    if len(stored) == len(fields):
        return compact(fields)
    text = compact({MARK: "".join(layout), **stored})
    # Read back as it will be: the same keys in the same order and equal values. Equal is exact here: a
    # value left out had its column's very type (_same), and the stored ones are the objects themselves.
    decoded = decode(kind, {MARK: "".join(layout), **stored}, columns)
    return text if decoded == fields and list(decoded) == list(fields) else compact(fields)


class Encoder:
    """encode() for the many records of a bulk write (demo, import), with the same result: encode()'s
    layout depends only on the key order, on which of the keys a column can hold hold exactly their
    column's value, and on whether main_recipients is the recipients column's. The layout encode() gave
    (and checked by reading back) for the first record of each such shape is used again for the next
    ones, which then only compare their values with their columns."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.orders: dict[tuple, tuple | None] = {}
        self.shapes: dict[tuple, tuple | None] = {}

    def __call__(self, fields: Mapping, columns: Mapping) -> str:
        order = tuple(fields)
        if order not in self.orders:
            self.orders[order] = self._codeable(order)
        codeable = self.orders[order]
        if codeable is None:
            return encode(self.kind, fields, columns)
        held = []
        for key, column in codeable:  # _same(), inline: this runs for every field of every record
            value, column_value = fields[key], columns.get(column, _ABSENT)
            held.append(value == column_value and type(value) is type(column_value))
        rebuilt = "main_recipients" in fields and fields["main_recipients"] == _main_recipients(
            columns.get("recipients"), fields.get("cc"))
        shape_key = (order, tuple(held), rebuilt)
        shape = self.shapes.get(shape_key, False)
        if shape is False:
            text = encode(self.kind, fields, columns)
            self.shapes[shape_key] = self._shape(order, text)
            return text
        if shape is None:
            return encode(self.kind, fields, columns)
        layout, kept = shape
        return compact({MARK: layout, **{key: fields[key] for key in kept}})

    def _codeable(self, order: tuple) -> tuple | None:
        """(key, column) of the keys of this order a column can hold; None: encode() each time."""
        keys = _BY_KEY.get(self.kind)
        if keys is None or MARK in order:
            return None
        return tuple((key, keys[key][1]) for key in order if key in keys)

    @staticmethod
    def _shape(order: tuple, text: str) -> tuple | None:
        """(layout, keys stored) of a text encode() gave; None when it stored the fields whole."""
        if not text.startswith('{"~":'):
            return None
        layout = json.loads(text)[MARK]
        return layout, tuple(key for key, code in zip(order, layout) if code == STORED)


def decode(kind: str, stored: str | Mapping | None, columns: Mapping) -> dict:
    """The fields as registered, from the stored JSON (text or parsed) and the record's columns."""
    data = json.loads(stored or "{}") if isinstance(stored, (str, bytes)) else dict(stored or {})
    if not isinstance(data, dict) or MARK not in data:
        return data
    layout = data.pop(MARK)
    if layout == PAIRS:
        return dict(data[PAIRS])
    codes = CODES.get(kind, {})
    rest = iter(data.items())
    fields: dict = {}
    for code in layout:
        if code == STORED:
            key, value = next(rest)
            fields[key] = value
        elif code == RECIPIENTS:
            fields["main_recipients"] = _main_recipients(columns.get("recipients"), data.get("cc"))
        else:
            key, column = codes[code]
            fields[key] = columns.get(column)
    return fields


def held(stored: str | None, key: str, column_value: Any) -> Any:
    """One field's value when only its column is at hand (the search text's 来文字号 as written)."""
    try:
        data = json.loads(stored or "{}")
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    if data.get(MARK) == PAIRS:
        return dict(data[PAIRS]).get(key)
    if MARK in data and key not in data:
        codes = {code for kind_codes in CODES.values() for code, (name, _) in kind_codes.items() if name == key}
        return column_value if codes & set(str(data[MARK])) else None
    return data.get(key)


_ABSENT = object()


def _same(value: Any, column: Any) -> bool:
    # 30 and 30.0, 1 and True are equal in Python but not the same JSON.
    return value == column and type(value) is type(column)


def _main_recipients(recipients: Any, cc: Any) -> list | None:
    if not isinstance(recipients, str) or not recipients:
        return None
    parts = recipients.split(SEPARATOR)
    extra = len(cc) if isinstance(cc, list) else 0
    return parts[:len(parts) - extra] if extra <= len(parts) else None


def sql_encode(kind: str, fields: str, *values: Any) -> str:
    """encode() as an SQL function (migration 0013 rewrites the stored records, all of the old form then):
    the columns in SQL_COLUMNS order."""
    try:
        parsed = json.loads(fields)
    except (TypeError, ValueError):
        return fields
    if not isinstance(parsed, dict):
        return fields
    return encode(kind, parsed, dict(zip(SQL_COLUMNS, values)))
