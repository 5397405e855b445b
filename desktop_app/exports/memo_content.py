"""The words of a renewal memo in Swedish and English, from plain facts.

Layout lives in ``memo_pdf``; this module decides what the memo says: its
title, the facts table, the decision history and the strategy's questions
for the entry's kind with the register's current finding for each.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop_app.domain.dates import interval_label
from desktop_app.domain.kinds import Kind, ReviewOutcome, Status, directions_text, label
from desktop_app.domain.money import format_amount
from desktop_app.domain.rules import Finding
from desktop_app.services.memos import BodyFacts, MemoFacts

_T: dict[str, tuple[str, str]] = {
    "memo": ("Omprövnings-PM", "Review memo"),
    "date": ("Datum", "Date"),
    "case": ("Dnr", "Case no."),
    "page": ("Sida {x} ({y})", "Page {x} ({y})"),
    "to": ("Till", "To"),
    "officer": ("Handläggare", "Officer"),
    "facts": ("Uppgifter ur registret", "Facts from the register"),
    "history": ("Beslutshistorik", "Decision history"),
    "questions": ("Frågor för omprövningen", "Questions for the review"),
    "questions_intro": (
        "Frågorna följer stadens internationella strategi. Under varje fråga står "
        "registrets aktuella kontroll; bedömningen görs av handläggaren.",
        "The questions follow the city's international strategy. Under each question is "
        "the register's current check; the assessment is the officer's.",
    ),
    "assessment": ("Bedömning", "Assessment"),
    "proposal": ("Förslag till beslut", "Proposed decision"),
    "proposal_intro": (
        "{body} föreslås besluta att",
        "{body} is proposed to decide to",
    ),
    "signature": ("Underskrift", "Signature"),
    "place_date": ("Ort och datum", "Place and date"),
    "sign": ("Namnteckning", "Signature"),
    "name": ("Namnförtydligande", "Name in print"),
    "title": ("Titel", "Title"),
    "register_ok": ("Registret: inga anmärkningar.", "Register: no remarks."),
    "register": ("Registret", "Register"),
    "cover_title": ("Omprövnings-PM – sammanställning", "Review memos – summary"),
    "cover_intro": (
        "{n} omprövnings-PM. Varje PM börjar på en ny sida och har egen sidnumrering.",
        "{n} review memos. Each memo starts on a new page and has its own page numbers.",
    ),
    "selection": ("Urval", "Selection"),
    "contents": ("Innehåll", "Contents"),
    "no": ("Nr", "No."),
    "next_review": ("Nästa omprövning", "Next review"),
    "page_col": ("Sida", "Page"),
    "original_decision": ("Ursprungligt beslut", "Original decision"),
    "review": ("Omprövning: {outcome}", "Review: {outcome}"),
    "terminated": ("Avslutad", "Terminated"),
    "no_history": ("Inga beslut registrerade.", "No decisions recorded."),
    "col_date": ("Datum", "Date"),
    "col_event": ("Händelse", "Event"),
    "col_body": ("Organ", "Body"),
    "col_case": ("Dnr", "Case no."),
    "col_note": ("Anteckning", "Note"),
    "none": ("–", "–"),
    "open_end": ("tills vidare", "until further notice"),
    "no_interval": ("ingen regelbunden omprövning", "no regular review"),
    "overdue": ("{d} (försenad)", "{d} (overdue)"),
    "continue_hint": ("nästa omprövning om {n}", "next review in {n}"),
    "continue_until": ("till slutdatum {d}", "until the end date {d}"),
    "amend_hint": ("ange vad som ändras", "state what changes"),
    "terminate_hint": ("ange från vilket datum", "state from which date"),
}

FACT_LABELS: dict[str, tuple[str, str]] = {
    "kind": ("Avtalstyp", "Kind"),
    "case_number": ("Diarienummer", "Case number"),
    "status": ("Status", "Status"),
    "counterparties": ("Motpart", "Counterparty"),
    "scope": ("Omfattning", "Scope"),
    "deciding": ("Beslutande organ", "Deciding body"),
    "decision_date": ("Beslutsdatum", "Decision date"),
    "responsible": ("Ansvarig nämnd/bolag", "Responsible committee/company"),
    "contact": ("Kontaktperson", "Contact person"),
    "intl_contact": ("Internationell kontakt (R8)", "International contact (R8)"),
    "theme": ("Tematiskt område", "Theme"),
    "directions": ("Inriktning", "Strategic directions"),
    "mutual_benefit": ("Ömsesidig nytta", "Mutual benefit"),
    "period": ("Giltighetstid", "Term"),
    "interval": ("Omprövningsintervall", "Review interval"),
    "last_review": ("Senaste omprövning", "Last review"),
    "next_review": ("Nästa omprövning", "Next review"),
    "cost": ("Årlig kostnad", "Annual cost"),
    "payer": ("Betalas av", "Paid by"),
    "notes": ("Anteckningar", "Notes"),
}


def t(key: str, lang: str = "sv", **values: object) -> str:
    """One memo phrase in ``lang``, with ``{placeholders}`` filled in."""
    sv, en = _T[key]
    text = en if lang == "en" else sv
    return text.format(**values) if values else text


def fmt_date(day: date | None, lang: str = "sv") -> str:
    return day.isoformat() if day else t("none", lang)


def fmt_money(amount: Decimal | None, currency: str, lang: str = "sv") -> str:
    """``125 000 kr`` (``domain.money``); "–" when the amount is not known."""
    return t("none", lang) if amount is None else format_amount(amount, currency, lang)


def term_text(facts: MemoFacts, lang: str = "sv") -> str:
    """ "2022-01-02 – 2026-12-31"; an open end reads "tills vidare" (until further notice)."""
    if facts.start_date is None and facts.end_date is None:
        return t("none", lang)
    end = fmt_date(facts.end_date, lang) if facts.end_date else t("open_end", lang)
    return f"{fmt_date(facts.start_date, lang)} – {end}"


def memo_title(facts: MemoFacts, lang: str = "sv") -> str:
    """ "Omprövning av medlemskap i Eurocities", "Uppföljning av samarbetsavtal: …"."""
    title = facts.title.strip()
    if lang == "en":
        prefix = {
            Kind.MEMBERSHIP: "Review of membership",
            Kind.LETTER_OF_INTENT: "Review of letter of intent",
            Kind.COOPERATION: "Follow-up of cooperation agreement",
        }.get(facts.kind, "Review")
        return f"{prefix}: {title}"
    if facts.kind == Kind.MEMBERSHIP and title.lower().startswith("medlemskap "):
        return "Omprövning av m" + title[1:]
    prefix = {
        Kind.MEMBERSHIP: "Omprövning av medlemskap",
        Kind.LETTER_OF_INTENT: "Omprövning av intentionsavtal",
        Kind.COOPERATION: "Uppföljning av samarbetsavtal",
    }.get(facts.kind, "Omprövning")
    return f"{prefix}: {title}"


def _body_text(body: BodyFacts | None, lang: str) -> str:
    if body is None:
        return t("none", lang)
    return f"{body.name(lang)} ({body.short_name})"


def office_name(facts: MemoFacts, lang: str = "sv") -> str:
    """The administration that writes the memo: the responsible body's office."""
    body = facts.responsible_body or facts.deciding_body
    if body is None:
        return ""
    return body.organisation or body.name(lang)


def intl_contact(body: BodyFacts | None) -> str:
    if body is None or not body.contact_name:
        return ""
    parts = [body.contact_name]
    if body.contact_role:
        parts[0] += f", {body.contact_role}"
    parts += [p for p in (body.contact_email, body.contact_phone) if p]
    return "\n".join(parts)


def fact_rows(facts: MemoFacts, lang: str = "sv") -> list[tuple[str, str]]:
    """(label, value) rows of the facts table; empty optional rows left out."""
    none = t("none", lang)

    def lab(key: str) -> str:
        return FACT_LABELS[key][1 if lang == "en" else 0]

    counterparties = "\n".join(
        f"{name} ({country})" if country else name for name, country in facts.counterparties
    )
    period = term_text(facts, lang)
    if facts.review_interval_months:
        interval = interval_label(facts.review_interval_months, lang)
    else:
        interval = t("no_interval", lang)
    next_review = fmt_date(facts.next_review_date, lang)
    if facts.next_review_date and any(f.code == "R3-OVERDUE" for f in facts.findings):
        next_review = t("overdue", lang, d=next_review)
    rows = [
        (lab("case_number"), facts.case_number or none),
        (lab("kind"), label(facts.kind, lang)),
        (lab("status"), label(facts.status, lang)),
        (lab("counterparties"), counterparties or none),
        (lab("scope"), label(facts.scope, lang)),
        (lab("deciding"), _body_text(facts.deciding_body, lang)),
        (lab("decision_date"), fmt_date(facts.decision_date, lang)),
        (lab("responsible"), _body_text(facts.responsible_body, lang)),
        (lab("contact"), facts.contact_person or none),
        (lab("intl_contact"), intl_contact(facts.responsible_body) or none),
        (lab("theme"), facts.theme(lang) or none),
        (lab("directions"), directions_text(facts.directions, lang) or none),
    ]
    if facts.mutual_benefit or facts.kind == Kind.COOPERATION:
        rows.append((lab("mutual_benefit"), facts.mutual_benefit or none))
    rows += [
        (lab("period"), period),
        (lab("interval"), interval),
        (lab("last_review"), fmt_date(facts.last_review_date, lang)),
        (lab("next_review"), next_review),
        (lab("cost"), fmt_money(facts.annual_cost, facts.currency, lang)),
        (lab("payer"), facts.cost_payer or none),
    ]
    if facts.notes:
        rows.append((lab("notes"), facts.notes))
    return rows


@dataclass(frozen=True)
class HistoryRow:
    day: str
    event: str
    body: str
    case_number: str
    note: str


def history_rows(facts: MemoFacts, lang: str = "sv") -> list[HistoryRow]:
    """The original decision, then every review with its outcome, then termination."""
    rows: list[HistoryRow] = []
    if facts.decision_date or facts.deciding_body:
        rows.append(
            HistoryRow(
                fmt_date(facts.decision_date, lang),
                t("original_decision", lang),
                facts.deciding_body.short_name if facts.deciding_body else "",
                facts.case_number,
                "",
            )
        )
    for review in facts.reviews:
        rows.append(
            HistoryRow(
                fmt_date(review.decision_date or review.review_date, lang),
                t("review", lang, outcome=label(review.outcome, lang).lower()),
                review.deciding_body,
                review.case_number,
                review.note,
            )
        )
    ended_by_review = any(r.outcome == ReviewOutcome.TERMINATE for r in facts.reviews)
    if facts.status == Status.TERMINATED and facts.terminated_date and not ended_by_review:
        rows.append(
            HistoryRow(
                fmt_date(facts.terminated_date, lang),
                t("terminated", lang),
                facts.terminated_by,
                "",
                facts.termination_reason,
            )
        )
    return rows


@dataclass(frozen=True)
class Question:
    """A question for the deciding body and what the register says about it."""

    text: str
    findings: tuple[str, ...]  # warning/error texts; empty: no remarks
    info: str = ""  # what the register holds, when there is no remark


def _messages(findings: list[Finding], prefixes: tuple[str, ...], lang: str) -> tuple[str, ...]:
    return tuple(f.message(lang) for f in findings if f.code.startswith(prefixes))


def questions(facts: MemoFacts, lang: str = "sv") -> list[Question]:
    """The strategy's questions for this kind (R1-R6), each with the register's finding."""
    en = lang == "en"
    kind_word = label(facts.kind, lang).lower()
    dirs = directions_text(facts.directions, lang)
    found = facts.findings
    result: list[Question] = []
    if facts.kind == Kind.COOPERATION:
        named = facts.theme(lang)
        if en:
            theme = f"the area \u201c{named}\u201d" if named else "the thematic area"
        else:
            theme = f"området \u201d{named}\u201d" if named else "det tematiska området"
        result.append(
            Question(
                f"Has the agreement led to a concrete exchange within {theme}, and is it "
                "still needed until its end date?"
                if en
                else f"Har avtalet lett till ett konkret utbyte inom {theme}, och behövs "
                "det fram till slutdatum?",
                _messages(found, ("R2-THEME", "R2-START", "R2-END", "R2-ORDER"), lang),
                f"{'term' if en else 'giltighetstid'} {term_text(facts, lang)}.",
            )
        )
    else:
        no_dirs = (
            ()
            if dirs
            else (
                ("No strategic direction is recorded.",)
                if en
                else ("Ingen inriktning är angiven.",)
            )
        )
        result.append(
            Question(
                f"Is the {kind_word} still relevant, and does it add value for the "
                f"strategic directions ({dirs or 'none recorded'})? (R3)"
                if en
                else f"Är {kind_word}et fortfarande relevant och ger det mervärde för "
                f"inriktningarna ({dirs or 'ingen angiven'})? (R3)",
                _messages(found, ("R3",), lang) + no_dirs,
            )
        )
    result.append(
        Question(
            "Is there a clear mutual benefit for the city and the counterparty? (R2)"
            if en
            else "Finns en tydlig ömsesidig nytta för staden och motparten? (R2)",
            _messages(found, ("R2-BENEFIT",), lang),
            facts.mutual_benefit,
        )
    )
    responsible = facts.responsible_body.name(lang) if facts.responsible_body else ""
    budget_of = responsible or ("the responsible committee" if en else "ansvarig nämnd")
    if facts.annual_cost:
        cost = fmt_money(facts.annual_cost, facts.currency, lang)
        cost_question = (
            f"Does the cost ({cost} a year) fit the budget of {budget_of}? (R6)"
            if en
            else f"Ryms kostnaden ({cost} per år) inom budgeten för {budget_of}? (R6)"
        )
        payer = (
            f"{'paid by' if en else 'betalas av'} {facts.cost_payer}." if facts.cost_payer else ""
        )
    else:
        cost_question = (
            f"Does the commitment bring costs (fees, travel, staff time) that must fit the "
            f"budget of {budget_of}? (R6)"
            if en
            else f"Medför åtagandet kostnader (avgifter, resor, arbetstid) som ska rymmas inom "
            f"budgeten för {budget_of}? (R6)"
        )
        payer = "no annual cost recorded." if en else "ingen årlig kostnad angiven."
    result.append(Question(cost_question, _messages(found, ("R6",), lang), payer))
    body = facts.deciding_body.name(lang) if facts.deciding_body else ""
    scope = label(facts.scope, lang).lower()
    result.append(
        Question(
            f"Does {body or 'the deciding body'} hold the mandate to decide on a "
            f"{kind_word} ({scope}) under the strategy? (R4)"
            if en
            else f"Har {body or 'beslutande organ'} mandat att besluta om {kind_word} "
            f"({scope}) enligt strategin? (R4)",
            _messages(found, ("R4",), lang),
        )
    )
    r5 = _messages(found, ("R5",), lang)
    if r5 or "bistånd" in facts.theme_sv.lower() or "bistånd" in facts.title.lower():
        result.append(
            Question(
                "Is the aid project financed wholly by another party, e.g. Sida? (R5)"
                if en
                else "Finansieras biståndsinsatsen helt av annan part, till exempel Sida? (R5)",
                r5,
            )
        )
    r1 = _messages(found, ("R1",), lang)
    if r1:
        result.append(
            Question(
                "Is this a twin-city agreement, which the city does not sign? (R1)"
                if en
                else "Är detta ett vänortsavtal, som staden inte tecknar? (R1)",
                r1,
            )
        )
    covered = ("R1", "R2", "R3", "R4", "R5", "R6")
    rest = tuple(f.message(lang) for f in found if not f.code.startswith(covered))
    if rest:
        result.append(
            Question(
                "Other remarks from the register" if en else "Övriga anmärkningar från registret",
                rest,
            )
        )
    return result


def label_outcome(outcome: str, lang: str = "sv") -> str:
    """ "Fortsätta" / "Continue": the proposal's tick-box labels."""
    return label(ReviewOutcome(outcome), lang)
