"""Review reminders as an iCalendar file (RFC 5545) that Outlook imports.

One all-day event per upcoming review of a live entry, with a reminder
(VALARM) at the lead time before. Written by hand rather than with a
library: the format is small, and doing it here keeps the program's
dependencies down; the tests read the file back with the ``icalendar``
package as an independent reader.

Decisions:
- The UID is per entry (``entry-<id>-review@avtalsregister``), not per date:
  when a review is recorded and the date moves, a newer export moves the
  event in the calendar instead of leaving the old one behind. SEQUENCE is
  the entry's version and DTSTAMP the export time, so a calendar that
  compares them (RFC 5546) takes the newer export.
- Overdue reviews stay on their original date (in the past) and are still
  included, marked overdue in the description: moving them to "today" would
  make them wander with every export and hide since when they are late.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from desktop_app.domain.kinds import label
from desktop_app.services import catalog, meetings, register, register_settings, reports

from .atomic import atomic_target

PRODID = "-//Avtalsregister//Omprovningar//SV"
ALL_UPCOMING_DAYS = 365 * 100  # "every upcoming review": a horizon past any interval


@dataclass(frozen=True)
class ReviewEvent:
    entry_id: int
    version: int
    review_date: date
    case_number: str
    title: str
    kind: str
    counterparties: str
    deciding_body: str
    responsible_body: str
    overdue: bool
    memo_due: date | None = None  # when the memo must be ready (meeting plan or lead time)
    meeting_lines: tuple[str, ...] = ()  # "Sammanträde: Kommunfullmäktige 2027-04-12", ...


def escape_text(value: str) -> str:
    """TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma, newline."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts: list[str] = []
    limit = 75
    current = ""
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = "", 0, 74  # continuation lines start with a space
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def _labels(lang: str) -> dict[str, str]:
    if lang == "en":
        return {
            "summary": "Review",
            "case": "Case number",
            "deciding": "Deciding body",
            "kind": "Kind",
            "counterparties": "Counterparties",
            "responsible": "Responsible committee",
            "date": "Review date",
            "overdue": "OVERDUE: the review was due on {d}.",
            "alarm": "Review coming up",
            "calname": "Reviews",
            "category": "Review",
            "memo_due": "Memo ready by",
            "meeting": "Meeting",
            "via": "first",
            "alarm_memo": "The memo must be ready",
        }
    return {
        "summary": "Omprövning",
        "case": "Diarienummer",
        "deciding": "Beslutande organ",
        "kind": "Avtalstyp",
        "counterparties": "Motpart",
        "responsible": "Ansvarig nämnd",
        "date": "Omprövningsdatum",
        "overdue": "FÖRSENAD: omprövningen skulle ha gjorts {d}.",
        "alarm": "Omprövning närmar sig",
        "calname": "Omprövningar",
        "category": "Omprövning",
        "memo_due": "PM ska vara klart senast",
        "meeting": "Sammanträde",
        "via": "först",
        "alarm_memo": "PM:et ska vara klart",
    }


def _event_lines(event: ReviewEvent, lead_days: int, stamp: str, lang: str) -> list[str]:
    text = _labels(lang)
    case = f" ({event.case_number})" if event.case_number else ""
    summary = f"{text['summary']}: {event.title}{case}"
    description = [
        f"{text['case']}: {event.case_number or '–'}",
        f"{text['deciding']}: {event.deciding_body or '–'}",
        f"{text['kind']}: {label(event.kind, lang)}",
        f"{text['counterparties']}: {event.counterparties or '–'}",
        f"{text['responsible']}: {event.responsible_body or '–'}",
        f"{text['date']}: {event.review_date.isoformat()}",
    ]
    if event.memo_due is not None:
        description += list(event.meeting_lines)
        description.append(f"{text['memo_due']}: {event.memo_due.isoformat()}")
    if event.overdue:
        description.insert(0, text["overdue"].format(d=event.review_date.isoformat()))
    start = event.review_date.strftime("%Y%m%d")
    end = (event.review_date + timedelta(days=1)).strftime("%Y%m%d")
    lines = [
        "BEGIN:VEVENT",
        f"UID:entry-{event.entry_id}-review@avtalsregister",
        f"SEQUENCE:{max(0, event.version)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{start}",
        f"DTEND;VALUE=DATE:{end}",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(chr(10).join(description))}",
        f"CATEGORIES:{escape_text(text['category'])}",
        "TRANSP:TRANSPARENT",
        "STATUS:CONFIRMED",
    ]
    # The reminder lands on the day the memo must be ready (the meeting plan's
    # papers date, or the lead time before the review without a plan).
    alarm_days = lead_days
    alarm_text = text["alarm"]
    if event.memo_due is not None:
        alarm_days = (event.review_date - event.memo_due).days
        alarm_text = text["alarm_memo"]
    if alarm_days > 0:
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape_text(alarm_text + ': ' + event.title)}",
            f"TRIGGER;RELATED=START:-P{alarm_days}D",
            "END:VALARM",
        ]
    lines.append("END:VEVENT")
    return lines


def build_calendar(
    events: Iterable[ReviewEvent],
    *,
    lead_days: int,
    lang: str = "sv",
    organisation: str = "",
    now: datetime | None = None,
) -> str:
    """The iCalendar text (CRLF line ends, folded) for ``events``."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    name = _labels(lang)["calname"] + (f" – {organisation}" if organisation else "")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    for event in events:
        lines += _event_lines(event, lead_days, stamp, lang)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def review_events(
    due_within_days: int | None = None, today: date | None = None
) -> list[ReviewEvent]:
    """Upcoming (and overdue) reviews of live, unarchived entries, soonest first."""
    today = today or date.today()
    days = ALL_UPCOMING_DAYS if due_within_days is None else due_within_days
    names = {b.short_name: f"{b.name_sv} ({b.short_name})" for b in catalog.list_bodies()}
    flt = register.RegisterFilter(due_within_days=days, sort_key="next_review_date")
    result = []
    for row in register.rows(flt, today):
        if row.next_review_date is None:
            continue
        result.append(
            ReviewEvent(
                entry_id=row.id,
                version=row.version,
                review_date=row.next_review_date,
                case_number=row.case_number,
                title=row.title,
                kind=row.kind,
                counterparties=row.counterparties,
                deciding_body=names.get(row.deciding_body, row.deciding_body),
                responsible_body=names.get(row.responsible_body, row.responsible_body),
                overdue=row.next_review_date < today,
            )
        )
    return result


def with_meetings(
    events: list[ReviewEvent], lang: str = "sv", today: date | None = None
) -> list[ReviewEvent]:
    """Each event with the meeting its review must reach and the memo's deadline.

    Only where a meeting plan times it (``services.meetings``); the others keep
    the lead time of the export.
    """
    if not events or not meetings.all_plans():
        return events
    found = meetings.targets([e.entry_id for e in events], today)
    names = {
        b.id: b.name_en if lang == "en" and b.name_en else b.name_sv for b in catalog.list_bodies()
    }
    text = _labels(lang)
    result = []
    for event in events:
        target = found.get(event.entry_id)
        if target is None or not target.from_plan:
            result.append(event)
            continue
        lines = []
        for number, step in enumerate(target.steps):
            name = names.get(int(step.body_key), step.body_key) if step.body_key.isdigit() else ""
            first = f" ({text['via']})" if number == 0 and len(target.steps) > 1 else ""
            lines.append(f"{text['meeting']}{first}: {name} {step.meeting.isoformat()}".strip())
        result.append(replace(event, memo_due=target.memo_due, meeting_lines=tuple(lines)))
    return result


def write_calendar(
    target: str | os.PathLike,
    *,
    due_within_days: int | None = None,
    lead_days: int | None = None,
    lang: str = "sv",
    today: date | None = None,
) -> int:
    """Write the reminders to ``target`` atomically; returns the number of events.

    With a meeting plan a review's reminder lands on the day its memo must be
    ready; without one, ``lead_days`` (default the register's) before it.
    """
    events = with_meetings(review_events(due_within_days, today), lang, today)
    lead = register_settings.lead_days() if lead_days is None else max(0, lead_days)
    text = build_calendar(
        events,
        lead_days=lead,
        lang=lang,
        organisation=register_settings.get_setting("organisation_name"),
    )
    target = Path(target)
    details = {"events": len(events), "lang": lang}
    with atomic_target(
        target, record=lambda: reports.record_export("calendar", str(target), details)
    ) as tmp:
        tmp.write_bytes(text.encode("utf-8"))
    return len(events)
