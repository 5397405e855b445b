"""Turning what registrars typed into the register's values.

Each parser takes a cell value (calamine gives str, float, int, bool, date,
datetime or time) and returns the value or raises ``ValueProblem`` with a
Swedish and English explanation for the preview. Choices, written down:

* A year alone ("2016") is refused for a date: guessing 1 January would put
  a false date into an official record. "2016-09" and "sept 2016" mean the
  first of that month, since registers often record only the month.
* Day-first for slashes and dots ("22/9/2016", "22.9.2016"), as Swedish and
  most European registers write; ISO year-first is recognised by its
  four-digit start.
* Counterparties are split on ";" and new lines; a comma splits only when
  neither is present, and a part that is a country name ("Köln, Tyskland")
  becomes the country of the part before it. A country in parentheses
  ("Łódź (Polen)") is the counterparty's country.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from desktop_app.domain import money
from desktop_app.domain.dates import parse_interval_months
from desktop_app.domain.kinds import Direction, Engagement, Kind, ProjectKind, Scope, Status

from .headers import normalise


class ValueProblem(ValueError):
    def __init__(self, sv: str, en: str) -> None:
        super().__init__(en)
        self.sv, self.en = sv, en


MONTHS = {
    "jan": 1, "januari": 1, "january": 1,
    "feb": 2, "febr": 2, "februari": 2, "february": 2,
    "mar": 3, "mars": 3, "march": 3,
    "apr": 4, "april": 4,
    "maj": 5, "may": 5,
    "jun": 6, "juni": 6, "june": 6,
    "jul": 7, "juli": 7, "july": 7,
    "aug": 8, "augusti": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9,
    "okt": 10, "oct": 10, "oktober": 10, "october": 10,
    "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}  # fmt: skip

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_YMD_SLASH = re.compile(r"^(\d{4})[./](\d{1,2})[./](\d{1,2})$")
_YM = re.compile(r"^(\d{4})-(\d{1,2})$")
_TEXT_DATE = re.compile(r"^(?:(\d{1,2})\.?\s+)?([a-zåäö]+)\.?\s+(\d{4})$")


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: object) -> str:
    """Cell value as text: whole numbers without '.0', dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value).replace("\x00", "").strip()


def _make_date(y: int, m: int, d: int, raw: object) -> date:
    try:
        return date(y, m, d)
    except ValueError:
        raise ValueProblem(
            f"{raw!s} är inget giltigt datum.", f"{raw!s} is not a valid date."
        ) from None


def parse_date(value: object) -> date | None:
    """Excel dates, ISO text, d/m/yyyy, d.m.yyyy, yyyy-mm, Swedish month names."""
    return parse_date_detail(value)[0]


def parse_date_detail(value: object) -> tuple[date | None, bool]:
    """``parse_date`` and whether the day was not written ("2016-09", "sept 2016")."""
    if is_blank(value):
        return None, False
    if isinstance(value, str):
        s = value.casefold().strip().rstrip(".")
        m = _TEXT_DATE.match(s)
        if _YM.match(s) or (m and not m[1]):
            return _parse_date(value), True
    return _parse_date(value), False


def _parse_date(value: object) -> date | None:
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1000 <= value <= 9999 and float(value).is_integer():
            raise _year_only(int(value))
        if 1 <= value < 2958466:  # an Excel serial number stored as a number
            from datetime import timedelta

            return date(1899, 12, 30) + timedelta(days=int(value))
    raw = text(value)
    s = raw.casefold().strip().rstrip(".")
    if m := _ISO.match(s):
        return _make_date(int(m[1]), int(m[2]), int(m[3]), raw)
    if m := _YMD_SLASH.match(s):
        return _make_date(int(m[1]), int(m[2]), int(m[3]), raw)
    if m := _DMY.match(s):
        return _make_date(int(m[3]), int(m[2]), int(m[1]), raw)
    if m := _COMPACT.match(s):
        return _make_date(int(m[1]), int(m[2]), int(m[3]), raw)
    if m := _YM.match(s):
        return _make_date(int(m[1]), int(m[2]), 1, raw)
    if re.fullmatch(r"\d{4}", s):
        raise _year_only(int(s))
    if m := _TEXT_DATE.match(s):
        month = MONTHS.get(m[2])
        if month:
            return _make_date(int(m[3]), month, int(m[1] or 1), raw)
    raise ValueProblem(
        f"Förstår inte datumet {raw!r}. Skriv det som 2016-09-22.",
        f"Cannot read the date {raw!r}. Write it as 2016-09-22.",
    )


def _year_only(year: int) -> ValueProblem:
    return ValueProblem(
        f"Bara ett år ({year}) är inget datum. Ange åtminstone månad: {year}-01.",
        f"A year alone ({year}) is not a date. Give at least the month: {year}-01.",
    )


def parse_amount(value: object) -> tuple[Decimal | None, str | None]:
    """``"1 450 000 kr"`` -> (1450000, 'SEK'); read by ``domain.money`` like the editor does."""
    try:
        return money.parse_amount(value)
    except money.AmountError as exc:
        raise ValueProblem(exc.message_sv, exc.message_en) from None


def parse_interval(value: object) -> int | None:
    """Review interval in months (``domain.dates``): ``4``, ``"4 år"``, ``"48 mån"``."""
    try:
        return parse_interval_months(value)
    except ValueError:
        raise ValueProblem(
            f"Förstår inte omprövningsintervallet {text(value)!r}. Skriv till exempel 4 år "
            "eller 48 månader.",
            f"Cannot read the review interval {text(value)!r}. Write e.g. 4 years or 48 months.",
        ) from None


def parse_int(value: object) -> int | None:
    """A whole number: ``4``, ``"4 år"``, ``"vart 4:e år"``."""
    if is_blank(value):
        return None
    if (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and float(value).is_integer()
    ):
        return int(value)
    m = re.search(r"\d+", text(value))
    if m and len(m[0]) <= 3:
        return int(m[0])
    raise ValueProblem(
        f"Förstår inte talet {text(value)!r}.", f"Cannot read the number {text(value)!r}."
    )


def _vocabulary(extra: dict[str, str], enum) -> dict[str, str]:
    from desktop_app.domain.kinds import all_labels

    table = {normalise(k): v for k, v in extra.items()}
    for member in enum:
        table.setdefault(normalise(member.value.replace("_", " ")), member.value)
        for name in all_labels(member.value):
            table.setdefault(normalise(name), member.value)
    return table


KINDS = _vocabulary(
    {
        "samarbete": Kind.COOPERATION, "samarbetsavtal": Kind.COOPERATION,
        "samverkansavtal": Kind.COOPERATION, "partnerskap": Kind.COOPERATION,
        "projekt": Kind.COOPERATION, "eu projekt": Kind.COOPERATION,
        "cooperation": Kind.COOPERATION, "partnership": Kind.COOPERATION,
        "intention": Kind.LETTER_OF_INTENT, "intentionsavtal": Kind.LETTER_OF_INTENT,
        "avsiktsförklaring": Kind.LETTER_OF_INTENT, "loi": Kind.LETTER_OF_INTENT,
        "mou": Kind.LETTER_OF_INTENT, "memorandum of understanding": Kind.LETTER_OF_INTENT,
        "letter of intent": Kind.LETTER_OF_INTENT, "deklaration": Kind.LETTER_OF_INTENT,
        "överenskommelse": Kind.LETTER_OF_INTENT,
        "medlemskap": Kind.MEMBERSHIP, "medlem": Kind.MEMBERSHIP,
        "membership": Kind.MEMBERSHIP, "member": Kind.MEMBERSHIP, "nätverk": Kind.MEMBERSHIP,
    },
    Kind,
)  # fmt: skip
SCOPES = _vocabulary(
    {
        "stadsövergripande": Scope.CITY_WIDE, "stadsgemensam": Scope.CITY_WIDE,
        "övergripande": Scope.CITY_WIDE, "hela staden": Scope.CITY_WIDE,
        "city wide": Scope.CITY_WIDE,
        "verksamhetsspecifik": Scope.OPERATION_SPECIFIC, "verksamhet": Scope.OPERATION_SPECIFIC,
        "förvaltning": Scope.OPERATION_SPECIFIC, "operation specific": Scope.OPERATION_SPECIFIC,
    },
    Scope,
)  # fmt: skip
STATUSES = _vocabulary(
    {
        "aktiv": Status.ACTIVE, "pågående": Status.ACTIVE, "gällande": Status.ACTIVE,
        "löpande": Status.ACTIVE, "ja": Status.ACTIVE, "active": Status.ACTIVE,
        "ongoing": Status.ACTIVE,
        "utkast": Status.DRAFT, "planerad": Status.DRAFT, "under beredning": Status.DRAFT,
        "draft": Status.DRAFT, "planned": Status.DRAFT,
        "avslutad": Status.TERMINATED, "avslutat": Status.TERMINATED, "uppsagd": Status.TERMINATED,
        "upphört": Status.TERMINATED, "terminated": Status.TERMINATED, "ended": Status.TERMINATED,
        # An expired entry is an active one whose end date passed (derived).
        "utgången": Status.ACTIVE, "utgånget": Status.ACTIVE, "expired": Status.ACTIVE,
    },
    Status,
)  # fmt: skip


ENGAGEMENTS = _vocabulary(
    {
        "deklaration": Engagement.DECLARATION, "initiativ": Engagement.DECLARATION,
        "konferens": Engagement.EVENT, "evenemang": Engagement.EVENT,
        "declaration": Engagement.DECLARATION, "conference": Engagement.EVENT,
        "event": Engagement.EVENT,
    },
    Engagement,
)  # fmt: skip
PROJECT_KINDS = _vocabulary(
    {
        "bistånd": ProjectKind.AID, "biståndsprojekt": ProjectKind.AID,
        "utvecklingssamarbete": ProjectKind.AID, "kommunalt partnerskap": ProjectKind.AID,
        "aid": ProjectKind.AID, "eu": ProjectKind.EU, "eu projekt": ProjectKind.EU,
        "nej": ProjectKind.NONE, "inget": ProjectKind.NONE, "no": ProjectKind.NONE,
    },
    ProjectKind,
)  # fmt: skip
_YES = {"ja", "j", "x", "yes", "y", "true", "1", "sant"}
_NO = {"nej", "n", "no", "false", "0", "falskt", "-"}


def parse_yes(value: object) -> bool:
    """ "Ja", "x", "yes", 1 -> True; "Nej", "", 0 -> False; anything else is a problem."""
    if is_blank(value):
        return False
    key = normalise(text(value))
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise ValueProblem(
        f"Förstår inte {text(value)!r}; skriv Ja eller Nej.",
        f"Cannot read {text(value)!r}; write Yes or No.",
    )


def parse_percent(value: object) -> Decimal | None:
    """ "80 %", "80", 0.8 (a spreadsheet's percent cell) -> 80.00."""
    if is_blank(value):
        return None
    number = value if isinstance(value, (int, float)) else text(value).replace("%", "")
    amount, _ = parse_amount(number)
    if amount is not None and isinstance(value, float) and 0 < value <= 1:
        amount = (Decimal(str(value)) * 100).quantize(Decimal("0.01"))
    if amount is None or not 0 <= amount <= 100:
        raise ValueProblem(
            f"Andelen {text(value)!r} ska vara en procentsats, 0–100.",
            f"The share {text(value)!r} must be a percentage, 0-100.",
        )
    return amount


def parse_choice(value: object, table: dict[str, str], what_sv: str, what_en: str) -> str | None:
    if is_blank(value):
        return None
    key = normalise(text(value))
    if key in table:
        return table[key]
    for word in key.split():
        if word in table:
            return table[word]
    raise ValueProblem(f"Okänd {what_sv}: {text(value)!r}.", f"Unknown {what_en}: {text(value)!r}.")


_DIRECTION_WORDS = {
    "profilering": Direction.PROFILING, "profiling": Direction.PROFILING,
    "omvärldsbevakning": Direction.MONITORING, "bevakning": Direction.MONITORING,
    "monitoring": Direction.MONITORING,
    "samverkan": Direction.COOPERATION, "samarbete": Direction.COOPERATION,
    "cooperation": Direction.COOPERATION,
    "påverkan": Direction.INFLUENCE, "påverkansarbete": Direction.INFLUENCE,
    "influence": Direction.INFLUENCE,
}  # fmt: skip
_DIRECTIONS = {normalise(k): v for k, v in _DIRECTION_WORDS.items()}


def parse_directions(value: object) -> int:
    """ "Profilering, Samverkan" -> 5."""
    if is_blank(value):
        return 0
    bits = 0
    for part in re.split(r"[,;/\n]| och | and |\+", text(value)):
        key = normalise(part)
        if not key:
            continue
        if key not in _DIRECTIONS:
            raise ValueProblem(
                f"Okänd inriktning: {part.strip()!r} (Profilering, Omvärldsbevakning, "
                "Samverkan, Påverkan).",
                f"Unknown direction: {part.strip()!r} (Profiling, Monitoring, Cooperation, "
                "Influence).",
            )
        bits |= int(_DIRECTIONS[key])
    return bits


from .parties import COUNTRIES, split_counterparties, split_links  # noqa: E402, F401
