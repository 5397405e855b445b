"""The deciding bodies' meeting plans, and each review's meeting and memo deadline.

A body's plan is its meeting dates (``body_meeting``; a date taken off the
plan is cancelled, never deleted) and the days before a meeting its papers
must be in (the body's memo setting ``papers_days``). ``targets`` tells, per
entry up for review, the meeting the review must reach and the date the memo
must be ready (``domain.meeting_plan``), through the Board for a Council
matter; without a plan the register's lead time applies.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from desktop_app.domain.mandates import Action
from desktop_app.domain.meeting_plan import DEFAULT_PAPERS_DAYS, MeetingTarget, Plan, memo_target
from desktop_app.domain.memo_route import Proposal, Variant, action_of, memo_route
from desktop_app.store.models import BodyMeeting, Entry

from . import audit, catalog, entries, memos, register_settings
from .audit import Change
from .context import current_actor, utcnow, write_transaction
from .errors import ServiceError


class MeetingPlanError(ServiceError):
    """A meeting list that could not be read."""


def meeting_dates(body_id: int) -> list[date]:
    """The body's planned meetings (not cancelled), soonest first."""
    query = (
        BodyMeeting.select(BodyMeeting.meeting_date)
        .where((BodyMeeting.body == body_id) & ~BodyMeeting.cancelled)
        .order_by(BodyMeeting.meeting_date)
    )
    return [day for (day,) in query.tuples()]


def all_plans() -> dict[int, Plan]:
    """Every body with a meeting plan: its dates and papers-days (one query each)."""
    dates: dict[int, list[date]] = {}
    query = (
        BodyMeeting.select(BodyMeeting.body, BodyMeeting.meeting_date)
        .where(~BodyMeeting.cancelled)
        .order_by(BodyMeeting.body, BodyMeeting.meeting_date)
    )
    for body_id, day in query.tuples():
        dates.setdefault(body_id, []).append(day)
    settings = memos.all_body_memo_settings()
    return {
        body_id: Plan(
            tuple(days),
            settings[body_id].papers_days
            if body_id in settings and settings[body_id].papers_days is not None
            else DEFAULT_PAPERS_DAYS,
        )
        for body_id, days in dates.items()
    }


def set_meetings(body_id: int, dates: Iterable[date], papers_days: int | None = None) -> list[date]:
    """The body's plan becomes ``dates``: new dates added, dates left out cancelled.

    One transaction, audited (R10); ``papers_days`` (when given) is saved in
    the body's memo settings.
    """
    wanted = sorted(set(dates))
    catalog.get_body(body_id)  # NotFoundError for an unknown body
    if papers_days is not None and not 0 <= papers_days <= 365:
        raise MeetingPlanError(
            "Antalet dagar före sammanträdet ska vara mellan 0 och 365.",
            "The days before a meeting must be between 0 and 365.",
        )
    with write_transaction():
        rows = {
            row.meeting_date: row for row in BodyMeeting.select().where(BodyMeeting.body == body_id)
        }
        actor = current_actor()
        added, cancelled = [], []
        for day in wanted:
            row = rows.get(day)
            if row is None:
                BodyMeeting.create(
                    body=body_id, meeting_date=day, created_at=utcnow(), created_by=actor.os_user
                )
                added.append(day)
            elif row.cancelled:
                BodyMeeting.update(cancelled=False).where(BodyMeeting.id == row.id).execute()
                added.append(day)
        keep = set(wanted)
        for day, row in rows.items():
            if day not in keep and not row.cancelled:
                BodyMeeting.update(cancelled=True).where(BodyMeeting.id == row.id).execute()
                cancelled.append(day)
        changes = []
        if added:
            changes.append(Change("meetings_added", None, ", ".join(map(str, added))))
        if cancelled:
            changes.append(Change("meetings_cancelled", ", ".join(map(str, cancelled)), None))
        if changes:
            audit.record("update", "decision_body", body_id, changes=changes)
        if papers_days is not None:
            settings = memos.body_memo_settings(body_id)
            if settings.papers_days != papers_days:
                settings.papers_days = papers_days
                memos.save_body_memo_settings(body_id, settings)
    return meeting_dates(body_id)


_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_ICS_START = re.compile(r"^DTSTART[^:]*:(\d{4})(\d{2})(\d{2})", re.MULTILINE)


def parse_meetings(text: str) -> list[date]:
    """Meeting dates from a simple list (a yyyy-mm-dd a line) or an iCalendar file.

    In an .ics every event's DTSTART is a meeting; in a list every ISO date.
    Nothing readable raises ``MeetingPlanError``.
    """
    unfolded = text.replace("\r\n ", "").replace("\n ", "")
    found = _ICS_START.findall(unfolded) if "BEGIN:VEVENT" in unfolded else _ISO.findall(text)
    days = []
    for y, m, d in found:
        try:
            days.append(date(int(y), int(m), int(d)))
        except ValueError as exc:
            raise MeetingPlanError(
                f"{y}-{m}-{d} är inget datum.", f"{y}-{m}-{d} is not a date."
            ) from exc
    if not days:
        raise MeetingPlanError(
            "Inga sammanträdesdatum hittades: ange ett datum (åååå-mm-dd) per rad eller "
            "välj en kalenderfil (.ics).",
            "No meeting dates found: give one date (yyyy-mm-dd) a line or choose a "
            "calendar file (.ics).",
        )
    return sorted(set(days))


def targets(entry_ids: list[int], today: date | None = None) -> dict[int, MeetingTarget]:
    """Each entry's review: the meeting it must reach and when the memo must be ready.

    Entries without a next review date are left out. The decision the review
    is for follows the entry's open draft (ending one goes to the body that
    decides an ending), else a continued commitment.
    """
    today = today or date.today()
    lead = register_settings.lead_days()
    plans = all_plans()
    result: dict[int, MeetingTarget] = {}
    if not plans:
        for entry_id, review in (
            Entry.select(Entry.id, Entry.next_review_date)
            .where(Entry.id.in_(entry_ids) & Entry.next_review_date.is_null(False))
            .tuples()
        ):
            result[entry_id] = memo_target(review, "", {}, lead, today)
        return result
    from .memo_drafts import open_drafts

    ctx = catalog.rule_context(today)
    keyed = {str(body_id): plan for body_id, plan in plans.items()}
    drafts = open_drafts(list(entry_ids))
    for start in range(0, len(entry_ids), 500):
        chunk = list(entry_ids[start : start + 500])
        rows, links, _reviews = memos._load(chunk)
        for entry_id in chunk:
            row = rows.get(entry_id)
            if row is None or row.next_review_date is None:
                continue
            data = entries.row_to_data(row, tuple(i for i, _, _ in links.get(entry_id, [])), ())
            types = [ctx.counterparty_types.get(i, "") for i in data.counterparty_ids]
            draft = drafts.get(entry_id)
            action = Action.CONTINUE
            if draft is not None and draft.variant:
                proposal = Proposal(draft.proposal) if draft.proposal else None
                action = action_of(Variant(draft.variant), proposal)
            route = memo_route(data, types, ctx.bodies, action)
            decider = str(route.decider.id) if route.decider else ""
            via = None
            if route.via_executive_board:
                via = str(route.addressee.id) if route.addressee else "-"
            result[entry_id] = memo_target(row.next_review_date, decider, keyed, lead, today, via)
    return result


def save_body_plan(
    body_id: int, settings: memos.BodyMemoSettings, dates: Iterable[date]
) -> list[date]:
    """A body's memo settings and meeting plan, in one transaction (audited)."""
    with write_transaction():
        memos.save_body_memo_settings(body_id, settings)
        return set_meetings(body_id, dates)


def deadline_texts(
    entry_ids: list[int], today: date | None = None, lang: str = "sv"
) -> dict[int, tuple[str, str]]:
    """For a list of reviews: (the date the memo must be ready, what decides it) per entry.

    "Sammanträde: Kommunfullmäktige 2027-04-12 (först Kommunstyrelsen
    2027-03-10)" with a meeting plan; the lead time without one.
    """
    found = targets(list(entry_ids), today)
    if not found:
        return {}
    en = lang == "en"
    names = {
        str(b.id): (b.name_en or b.name_sv) if en else b.name_sv for b in catalog.list_bodies()
    }
    lead = register_settings.lead_days()
    result: dict[int, tuple[str, str]] = {}
    for entry_id, target in found.items():
        if not target.from_plan:
            why = (
                f"{lead} days before the review (no meeting plan)"
                if en
                else f"{lead} dagar före omprövningen (ingen sammanträdesplan)"
            )
        else:
            *first, last = target.steps
            why = (
                f"Meeting: {names.get(last.body_key, '')} {last.meeting}"
                if en
                else f"Sammanträde: {names.get(last.body_key, '')} {last.meeting}"
            )
            for step in first:
                why += (
                    f" (first {names.get(step.body_key, '')} {step.meeting})"
                    if en
                    else f" (först {names.get(step.body_key, '')} {step.meeting})"
                )
            if target.late:
                why += (
                    "; too late for the meeting before the review date"
                    if en
                    else "; för sent för sammanträdet före omprövningsdatum"
                )
        result[entry_id] = (target.memo_due.isoformat(), why)
    return result
