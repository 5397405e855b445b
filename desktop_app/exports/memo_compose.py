"""The renewal memo as a tjänsteutlåtande: the words, from the register and the draft.

The form follows the source (the Traffic Office's tjänsteutlåtande of
2016-09-22): the head (administration, department, Dnr, "Sida x (y)",
handläggare with phone, "Till <nämnd>", date), the title, **Förslag till
beslut** first with the signatures under it, then Sammanfattning, Bakgrund
(with the decision history), Ärendets beredning, Ekonomiska konsekvenser,
Förvaltningens bedömning, Bilagor.

The document is read by politicians: it carries no rule codes, no
instructions to the registrar and no internal ids. The register's findings
are said as the administration's assessment, and the strategy is cited in
its own words. The addressee and the proposal's wording follow the mandates
(``domain.memo_route``): a City Council matter goes through the City
Executive Board ("Kommunstyrelsen föreslår kommunfullmäktige besluta att").
"""

from __future__ import annotations

from datetime import date
from pathlib import PureWindowsPath
from urllib.parse import unquote, urlparse

from desktop_app.domain.dates import interval_label
from desktop_app.domain.kinds import (
    BodyKind,
    Kind,
    ProjectKind,
    ReviewOutcome,
    Status,
    directions_text,
    label,
)
from desktop_app.domain.memo_route import Proposal, Variant, action_of
from desktop_app.domain.money import format_amount
from desktop_app.services.memos import BodyFacts, MemoDraftText, MemoFacts, RouteFacts

from .memo_document import Letterhead, MemoDocument, Numbered, Para, Rows, Section, Signature


def _w(lang: str, sv: str, en: str) -> str:
    return en if lang == "en" else sv


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _join(names: list[str], lang: str) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + _w(lang, " och ", " and ") + names[-1]


def money(facts: MemoFacts, lang: str) -> str:
    return format_amount(facts.annual_cost, facts.currency, lang)


# ---------------------------------------------------------------- who and what


_GENERIC = {
    BodyKind.CITY_COUNCIL.value: ("Kommunfullmäktige", "The City Council"),
    BodyKind.CITY_EXECUTIVE_BOARD.value: ("Kommunstyrelsen", "The City Executive Board"),
    BodyKind.INTERNATIONAL_COMMITTEE.value: (
        "Internationella beredningen",
        "The International Committee",
    ),
    "concerned": ("Nämnden", "The committee"),
}


def body_name(body: BodyFacts | None, kind: str, lang: str) -> str:
    if body is not None:
        return body.name(lang)
    sv, en = _GENERIC.get(kind, _GENERIC["concerned"])
    return _w(lang, sv, en)


def _lower_body(name: str, kind: str) -> str:
    """ "kommunfullmäktige" inside a sentence; a committee keeps its capital."""
    if name.startswith("The "):
        return "the " + name[4:]
    if kind in (BodyKind.CITY_COUNCIL, BodyKind.CITY_EXECUTIVE_BOARD) and not name.startswith(
        "City"
    ):
        return name[:1].lower() + name[1:]
    return name


def counterparty_names(facts: MemoFacts) -> list[str]:
    return [name for name, _country in facts.counterparties]


def _object(facts: MemoFacts, lang: str, definite: bool = True) -> str:
    """ "medlemskapet i Eurocities", "intentionsavtalet med X"; English likewise."""
    names = _join(counterparty_names(facts), lang)
    if facts.kind == Kind.MEMBERSHIP:
        if names:
            return _w(lang, f"medlemskapet i {names}", f"the membership of {names}")
        return _w(lang, f"medlemskapet ”{facts.title}”", f"the membership “{facts.title}”")
    noun_sv = "intentionsavtalet" if facts.kind == Kind.LETTER_OF_INTENT else "samarbetsavtalet"
    noun_en = "letter of intent" if facts.kind == Kind.LETTER_OF_INTENT else "cooperation agreement"
    if names:
        return _w(lang, f"{noun_sv} med {names}", f"the {noun_en} with {names}")
    return _w(lang, f"{noun_sv} ”{facts.title}”", f"the {noun_en} “{facts.title}”")


def office_name(facts: MemoFacts, lang: str = "sv") -> str:
    """The administration that writes the memo: the responsible body's office."""
    body = facts.responsible_body or facts.deciding_body
    if body is None:
        return ""
    return body.organisation or body.name(lang)


def officer(facts: MemoFacts, draft: MemoDraftText | None) -> tuple[str, str]:
    """The handläggare and phone: the draft's, else the entry's contact, else the body's."""
    if draft is not None and draft.officer.strip():
        return draft.officer.strip(), draft.officer_phone.strip()
    if facts.contact_person:
        return facts.contact_person, facts.officer_phone
    body = facts.responsible_body
    if body is not None and body.contact_name:
        return body.contact_name, body.contact_phone
    return "", ""


def matter_title(facts: MemoFacts, variant: Variant, lang: str) -> str:
    """ "Omprövning av medlemskap", "Förslag om utträde", ... (the title's second part)."""
    kind_sv = {
        Kind.MEMBERSHIP: "medlemskap",
        Kind.LETTER_OF_INTENT: "intentionsavtal",
        Kind.COOPERATION: "samarbetsavtal",
    }.get(facts.kind, "åtagande")
    kind_en = {
        Kind.MEMBERSHIP: "membership",
        Kind.LETTER_OF_INTENT: "letter of intent",
        Kind.COOPERATION: "cooperation agreement",
    }.get(facts.kind, "commitment")
    if variant is Variant.NEW:
        return _w(lang, f"Förslag om {kind_sv}", f"Proposed {kind_en}")
    if variant is Variant.END:
        if facts.kind == Kind.MEMBERSHIP:
            return _w(lang, "Förslag om utträde", "Proposed withdrawal")
        return _w(lang, f"Förslag om att avsluta {kind_sv}", f"Proposal to end the {kind_en}")
    if facts.kind == Kind.COOPERATION:
        return _w(lang, "Uppföljning av samarbetsavtal", "Follow-up of cooperation agreement")
    return _w(lang, f"Omprövning av {kind_sv}", f"Review of {kind_en}")


def memo_title(facts: MemoFacts, lang: str = "sv", variant: Variant | None = None) -> str:
    """ "Medlemskap i Eurocities. Omprövning av medlemskap" (as the source's title is built)."""
    variant = variant or default_variant(facts)
    return f"{facts.title.strip().rstrip('.')}. {matter_title(facts, variant, lang)}"


def default_variant(facts: MemoFacts) -> Variant:
    return Variant.NEW if facts.status == Status.DRAFT else Variant.REVIEW


# ---------------------------------------------------------------- the proposal


def _point(facts: MemoFacts, variant: Variant, proposal: Proposal, lang: str) -> list[str]:
    """What is decided, as the clause after "beslutar att"."""
    obj = _object(facts, lang)
    names = _join(counterparty_names(facts), lang) or facts.title
    if variant is Variant.NEW:
        if facts.kind == Kind.MEMBERSHIP:
            first = _w(lang, f"staden ansöker om medlemskap i {names}", f"the city joins {names}")
        elif facts.kind == Kind.LETTER_OF_INTENT:
            first = _w(
                lang,
                f"staden tecknar intentionsavtal med {names}",
                f"the city signs a letter of intent with {names}",
            )
        else:
            first = _w(
                lang,
                f"staden ingår samarbetsavtal med {names}",
                f"the city enters a cooperation agreement with {names}",
            )
        if facts.start_date and facts.end_date:
            first += _w(
                lang,
                f" för perioden {facts.start_date} – {facts.end_date}",
                f" for {facts.start_date} – {facts.end_date}",
            )
        points = [first]
        if facts.review_interval_months and facts.kind != Kind.COOPERATION:
            months = interval_label(facts.review_interval_months, lang)
            points.append(
                _w(
                    lang,
                    f"åtagandet omprövas inom {months}",
                    f"the commitment is reviewed within {months}",
                )
            )
        return points
    if variant is Variant.END or proposal is Proposal.END:
        if facts.kind == Kind.MEMBERSHIP and counterparty_names(facts):
            return [_w(lang, f"staden träder ut ur {names}", f"the city leaves {names}")]
        return [_w(lang, f"{obj} avslutas", f"{obj} ends")]
    if proposal is Proposal.AMEND:
        return [
            _w(
                lang,
                f"{obj} fortsätter med de ändringar som framgår av detta tjänsteutlåtande",
                f"{obj} continues with the changes set out in this report",
            )
        ]
    points = [_w(lang, f"{obj} fortsätter", f"{obj} continues")]
    if facts.kind == Kind.COOPERATION and facts.end_date:
        points = [
            _w(
                lang,
                f"{obj} fortsätter till och med {facts.end_date}",
                f"{obj} continues until {facts.end_date}",
            )
        ]
    elif facts.review_interval_months:
        months = interval_label(facts.review_interval_months, lang)
        points = [
            _w(
                lang,
                f"{obj} fortsätter och omprövas på nytt inom {months}",
                f"{obj} continues and is reviewed again within {months}",
            )
        ]
    return points


def decision_lead(route: RouteFacts | None, lang: str) -> str:
    """ "Kommunstyrelsen föreslår kommunfullmäktige besluta att", "Trafiknämnden beslutar att"."""
    kind = route.decider_kind if route else "concerned"
    decider = body_name(route.decider if route else None, kind, lang)
    if route is not None and route.via_executive_board:
        board = body_name(route.addressee, BodyKind.CITY_EXECUTIVE_BOARD.value, lang)
        return _w(
            lang,
            f"{board} föreslår {_lower_body(decider, kind)} besluta att",
            f"{board} proposes that {_lower_body(decider, kind)} decide that",
        )
    if kind == BodyKind.INTERNATIONAL_COMMITTEE:
        return _w(
            lang,
            f"{decider} beslutar på uppdrag av kommunstyrelsen att",
            f"{decider} decides on behalf of the City Executive Board that",
        )
    return _w(lang, f"{decider} beslutar att", f"{decider} decides that")


def proposal_points(facts: MemoFacts, variant: Variant, proposal: Proposal, lang: str) -> list[str]:
    """The numbered points of Förslag till beslut, each a whole sentence."""
    route = facts.route(action_of(variant, proposal))
    lead = decision_lead(route, lang)
    return [f"{lead} {point}." for point in _point(facts, variant, proposal, lang)]


# ---------------------------------------------------------------- sections


def _paras(text: str) -> tuple[Para, ...]:
    """The draft's free text as paragraphs (a blank line between them)."""
    chunks = [" ".join(c.split()) for c in text.replace("\r\n", "\n").split("\n\n")]
    return tuple(Para(c) for c in chunks if c)


def _since(facts: MemoFacts) -> str:
    day = facts.decision_date or facts.start_date
    return str(day.year) if day else ""


def _summary(
    facts: MemoFacts, variant: Variant, proposal: Proposal, lang: str, office: str
) -> tuple[Para, ...]:
    names = _join(counterparty_names(facts), lang) or f"”{facts.title}”"
    since = _since(facts)
    if variant is Variant.NEW:
        what = _w(
            lang,
            f"Ärendet gäller {label(facts.kind, lang).lower()} med {names}.",
            f"The matter concerns a {label(facts.kind, lang).lower()} with {names}.",
        )
    elif facts.kind == Kind.MEMBERSHIP:
        what = _w(
            lang,
            f"Staden är {'sedan ' + since + ' ' if since else ''}medlem i {names}.",
            f"The city has been a member of {names}{' since ' + since if since else ''}.",
        )
    elif facts.kind == Kind.LETTER_OF_INTENT:
        what = _w(
            lang,
            f"Staden har {'sedan ' + since + ' ' if since else ''}ett intentionsavtal med {names}.",
            f"The city has had a letter of intent with {names}{' since ' + since if since else ''}.",
        )
    else:
        what = _w(
            lang,
            f"Staden har ett samarbetsavtal med {names}.",
            f"The city has a cooperation agreement with {names}.",
        )
    texts = [what]
    if variant is Variant.REVIEW and facts.kind != Kind.COOPERATION:
        texts.append(
            _w(
                lang,
                "Enligt stadens internationella strategi ska intentionsavtal och medlemskap i "
                "internationella organisationer och nätverk omprövas regelbundet för att "
                "säkerställa relevans och mervärde.",
                "Under the city's international strategy, letters of intent and memberships "
                "of international organisations and networks are reviewed regularly to "
                "ensure relevance and added value.",
            )
        )
    who = office or _w(lang, "Förvaltningen", "The administration")
    clauses = _point(facts, variant, proposal, lang)
    texts.append(
        _w(lang, f"{who} föreslår att {clauses[0]}.", f"{who} proposes that {clauses[0]}.")
    )
    return (Para(" ".join(texts)),)


def _background(facts: MemoFacts, variant: Variant, lang: str) -> tuple:
    blocks: list = []
    parties = _join([f"{n} ({c})" if c else n for n, c in facts.counterparties], lang)
    kind = label(facts.kind, lang).lower()
    if parties:
        prep_sv = "i" if facts.kind == Kind.MEMBERSHIP else "med"
        prep_en = "of" if facts.kind == Kind.MEMBERSHIP else "with"
        lines = [
            _w(
                lang,
                f"Åtagandet ”{facts.title}” är ett {kind} {prep_sv} {parties}.",
                f"The commitment “{facts.title}” is a {kind} {prep_en} {parties}.",
            )
        ]
    else:
        lines = [
            _w(
                lang,
                f"Åtagandet ”{facts.title}” är ett {kind}.",
                f"The commitment “{facts.title}” is a {kind}.",
            )
        ]
    scope = label(facts.scope, lang).lower()
    if lang != "en" and scope.endswith("k"):
        scope += "t"  # "verksamhetsspecifikt", agreeing with "åtagandet"
    lines.append(_w(lang, f"Åtagandet är {scope}.", f"The commitment is {scope}."))
    if facts.responsible_body:
        lines.append(
            _w(
                lang,
                f"Ansvarig nämnd är {facts.responsible_body.name(lang)}.",
                f"The responsible committee is {facts.responsible_body.name(lang)}.",
            )
        )
    theme = facts.theme(lang)
    if theme:
        lines.append(_w(lang, f"Tematiskt område: {theme}.", f"Thematic area: {theme}."))
    if facts.start_date or facts.end_date:
        start = str(facts.start_date) if facts.start_date else "–"
        end = (
            str(facts.end_date)
            if facts.end_date
            else _w(lang, "tills vidare", "until further notice")
        )
        lines.append(_w(lang, f"Giltighetstid: {start} – {end}.", f"Term: {start} – {end}."))
    blocks.append(Para(" ".join(lines)))
    if facts.mutual_benefit:
        blocks.append(
            Para(
                _w(
                    lang,
                    f"Den ömsesidiga nyttan beskrivs så här: {facts.mutual_benefit.strip()}",
                    f"The mutual benefit is described as: {facts.mutual_benefit.strip()}",
                )
            )
        )
    rows = _history(facts, lang)
    if rows:
        blocks.append(Para(_w(lang, "Beslutshistorik", "Decision history"), "subheading"))
        blocks.append(
            Rows(
                (
                    _w(lang, "Datum", "Date"),
                    _w(lang, "Beslut", "Decision"),
                    _w(lang, "Beslutande organ", "Decided by"),
                    _w(lang, "Dnr", "Case no."),
                ),
                tuple(rows),
            )
        )
    elif variant is Variant.NEW:
        blocks.append(
            Para(_w(lang, "Något beslut har ännu inte fattats.", "No decision has been taken yet."))
        )
    else:
        blocks.append(
            Para(
                _w(
                    lang,
                    "Inga tidigare beslut finns noterade.",
                    "No earlier decisions are recorded.",
                )
            )
        )
    return tuple(blocks)


def _history(facts: MemoFacts, lang: str) -> list[tuple[str, str, str, str]]:
    """The original decision (only when one was taken), each review, the termination."""
    rows: list[tuple[str, str, str, str]] = []
    if facts.decision_date:
        body = facts.deciding_body.name(lang) if facts.deciding_body else "–"
        rows.append(
            (
                str(facts.decision_date),
                _w(
                    lang,
                    f"Beslut om {label(facts.kind, lang).lower()}",
                    f"Decision on the {label(facts.kind, lang).lower()}",
                ),
                body,
                facts.case_number or "–",
            )
        )
    names = facts.bodies_by_short
    for review in facts.reviews:
        body = names.get(review.deciding_body)
        rows.append(
            (
                str(review.decision_date or review.review_date),
                _w(lang, "Omprövning: ", "Review: ") + label(review.outcome, lang).lower(),
                body.name(lang) if body else (review.deciding_body or "–"),
                review.case_number or "–",
            )
        )
    ended = any(r.outcome == ReviewOutcome.TERMINATE for r in facts.reviews)
    if facts.status == Status.TERMINATED and facts.terminated_date and not ended:
        body = names.get(facts.terminated_by)
        rows.append(
            (
                str(facts.terminated_date),
                _w(lang, "Avslutad", "Ended"),
                body.name(lang) if body else (facts.terminated_by or "–"),
                "–",
            )
        )
    return rows


def _preparation(facts: MemoFacts, lang: str, office: str, draft: MemoDraftText | None):
    if draft is not None and draft.preparation.strip():
        return _paras(draft.preparation)
    where = office or _w(lang, "förvaltningen", "the administration")
    return (
        Para(
            _w(
                lang,
                f"Ärendet har beretts inom {where}.",
                f"The matter has been prepared within {where}.",
            )
        ),
    )


_BUDGET_SV = (
    "Enligt stadens internationella strategi ska det internationella arbetet utgöra en "
    "integrerad del av respektive nämnds och bolagsstyrelses verksamhet och därmed rymmas "
    "inom given ekonomisk ram."
)
_BUDGET_EN = (
    "Under the city's international strategy, international work is an integral part of "
    "each committee's and company board's operations and fits within its given budget."
)


def _economy(facts: MemoFacts, variant: Variant, lang: str) -> tuple[Para, ...]:
    texts: list[str] = []
    payer = facts.cost_payer
    if facts.annual_cost is None:
        texts.append(
            _w(lang, "Någon årlig kostnad finns inte redovisad.", "No annual cost is recorded.")
        )
    elif facts.annual_cost == 0:
        texts.append(
            _w(
                lang,
                "Åtagandet medför ingen årlig kostnad för staden.",
                "The commitment has no annual cost for the city.",
            )
        )
    else:
        cost = money(facts, lang)
        by = _w(lang, f" och betalas av {payer}", f" and is paid by {payer}") if payer else ""
        texts.append(
            _w(lang, f"Den årliga kostnaden är {cost}{by}.", f"The annual cost is {cost}{by}.")
        )
        if variant is Variant.END:
            texts.append(
                _w(
                    lang,
                    "Vid ett utträde upphör kostnaden när utträdet har trätt i kraft.",
                    "On withdrawal, the cost ends when the withdrawal takes effect.",
                )
            )
    if facts.external_financiers:
        texts.append(
            _w(
                lang,
                f"Extern finansiering: {facts.external_financiers}.",
                f"External financing: {facts.external_financiers}.",
            )
        )
    if facts.city_contribution is not None and facts.city_contribution > 0:
        own = format_amount(facts.city_contribution, facts.currency, lang)
        texts.append(
            _w(lang, f"Stadens egen insats är {own}.", f"The city's own contribution is {own}.")
        )
    texts.append(_w(lang, _BUDGET_SV, _BUDGET_EN))
    return (Para(" ".join(texts)),)


def _codes(facts: MemoFacts) -> set[str]:
    """The codes of the register's warnings and errors (notes are not remarks)."""
    return {f.code for f in facts.findings if f.is_warning or f.is_error}


def _assessment(
    facts: MemoFacts, variant: Variant, proposal: Proposal, lang: str, draft: MemoDraftText | None
) -> tuple[Para, ...]:
    """The strategy's questions, each with what the register shows, said as assessment."""
    codes = _codes(facts)
    blocks: list[Para] = []
    dirs = _join(
        [
            d.strip()
            for d in directions_text(facts.directions, lang).lower().split(",")
            if d.strip()
        ],
        lang,
    )
    if facts.kind == Kind.COOPERATION:
        blocks.append(Para(_w(lang, "Konkret utbyte", "Concrete exchange"), "subheading"))
        texts = [
            _w(
                lang,
                "Enligt strategin ska ett samarbetsavtal avse ett konkret utbyte inom ett "
                "specifikt tematiskt område med tydlig ömsesidig nytta för deltagande parter "
                "samt ha ett start- och slutdatum.",
                "Under the strategy, a cooperation agreement concerns a concrete exchange "
                "within a specific thematic area, with clear mutual benefit, and has a start "
                "and an end date.",
            )
        ]
        theme = facts.theme(lang)
        if theme and "R2-THEME" not in codes:
            texts.append(
                _w(lang, f"Avtalet avser området {theme}.", f"The agreement concerns {theme}.")
            )
        if "R2-THEME" in codes:
            texts.append(
                _w(
                    lang,
                    "Något tematiskt område är inte angivet för avtalet.",
                    "No thematic area is set out for the agreement.",
                )
            )
        if codes & {"R2-START", "R2-END", "R2-ORDER"}:
            texts.append(
                _w(
                    lang,
                    "Avtalet saknar ett fullständigt start- och slutdatum.",
                    "The agreement lacks a complete start and end date.",
                )
            )
    else:
        blocks.append(
            Para(_w(lang, "Relevans och mervärde", "Relevance and added value"), "subheading")
        )
        texts = [
            _w(
                lang,
                "Enligt strategin bör intentionsavtal, liksom medlemskap i internationella "
                "organisationer och nätverk, omprövas regelbundet (exempelvis vart fjärde år) "
                "för att säkerställa relevans och mervärde.",
                "Under the strategy, letters of intent, like memberships of international "
                "organisations and networks, should be reviewed regularly (for example every "
                "four years) to ensure relevance and added value.",
            )
        ]
    if dirs:
        texts.append(
            _w(
                lang,
                f"Åtagandet stödjer strategins inriktningar {dirs}.",
                f"The commitment serves the strategy's directions {dirs}.",
            )
        )
    else:
        texts.append(
            _w(
                lang,
                "Åtagandet är inte kopplat till någon av strategins fyra inriktningar "
                "(profilering, omvärldsbevakning, samverkan och påverkan).",
                "The commitment is not linked to any of the strategy's four directions "
                "(profiling, monitoring, cooperation and influence).",
            )
        )
    if variant is not Variant.NEW:
        if facts.last_review_date:
            texts.append(
                _w(
                    lang,
                    f"Den senaste omprövningen gjordes {facts.last_review_date}.",
                    f"The last review was made on {facts.last_review_date}.",
                )
            )
        if "R3-OVERDUE" in codes and facts.next_review_date:
            texts.append(
                _w(
                    lang,
                    f"Omprövningen skulle ha gjorts senast {facts.next_review_date} och är försenad.",
                    f"The review was due on {facts.next_review_date} and is late.",
                )
            )
        if "R3-LONG-INTERVAL" in codes and facts.review_interval_months:
            months = interval_label(facts.review_interval_months, lang)
            texts.append(
                _w(
                    lang,
                    f"Omprövningsintervallet, {months}, är längre än strategins exempel på fyra år.",
                    f"The review interval, {months}, is longer than the strategy's example of four years.",
                )
            )
        if codes & {"R3-NO-INTERVAL", "R3-NO-DATE"}:
            texts.append(
                _w(
                    lang,
                    "Någon tidpunkt för nästa omprövning är inte fastställd.",
                    "No date for the next review has been set.",
                )
            )
        if "R3-AFTER-END" in codes:
            texts.append(
                _w(
                    lang,
                    "Nästa omprövning infaller efter avtalets slutdatum.",
                    "The next review falls after the end of the agreement.",
                )
            )
    blocks.append(Para(" ".join(texts)))

    blocks.append(Para(_w(lang, "Ömsesidig nytta", "Mutual benefit"), "subheading"))
    if facts.mutual_benefit:
        blocks.append(
            Para(
                _w(
                    lang,
                    "Den ömsesidiga nyttan för staden och motparten är beskriven ovan under Bakgrund.",
                    "The mutual benefit for the city and the counterparty is described under "
                    "Background above.",
                )
            )
        )
    else:
        blocks.append(
            Para(
                _w(
                    lang,
                    "Den ömsesidiga nyttan för staden och motparten är inte beskriven.",
                    "The mutual benefit for the city and the counterparty is not described.",
                )
            )
        )

    blocks.append(Para(_w(lang, "Kostnad och budget", "Cost and budget"), "subheading"))
    texts = [_w(lang, _BUDGET_SV, _BUDGET_EN)]
    if facts.annual_cost and not facts.cost_payer:
        texts.append(
            _w(
                lang,
                "Det är inte dokumenterat vem som betalar den årliga kostnaden.",
                "It is not documented who pays the annual cost.",
            )
        )
    elif facts.annual_cost and facts.cost_payer:
        texts.append(
            _w(
                lang,
                f"Kostnaden bärs av {facts.cost_payer}.",
                f"The cost is borne by {facts.cost_payer}.",
            )
        )
    blocks.append(Para(" ".join(texts)))

    blocks.append(Para(_w(lang, "Beslutsordning", "Who decides"), "subheading"))
    route = facts.route(action_of(variant, proposal))
    texts = []
    if route is not None:
        decider = body_name(route.decider, route.decider_kind, lang)
        texts.append(
            _w(
                lang,
                f"Enligt strategin gäller: ”{route.source_sv}” Beslutet fattas därför av "
                f"{_lower_body(decider, route.decider_kind)}",
                f"The strategy says: “{route.source_en}” The decision is therefore taken by "
                f"{_lower_body(decider, route.decider_kind)}",
            )
            + (
                _w(
                    lang,
                    " efter beredning i kommunstyrelsen.",
                    " after preparation by the City Executive Board.",
                )
                if route.via_executive_board
                else "."
            )
        )
        if (
            route.decider_kind == BodyKind.CITY_COUNCIL
            and action_of(variant, proposal) == "terminate"
        ):
            texts.append(
                _w(
                    lang,
                    "Ett utträde ur ett medlemskap som kommunfullmäktige har beslutat går "
                    "tillbaka till fullmäktige.",
                    "Leaving a membership the City Council decided goes back to the Council.",
                )
            )
    if "R4" in codes and facts.deciding_body:
        texts.append(
            _w(
                lang,
                f"Det tidigare beslutet fattades av {facts.deciding_body.name(lang)}, som "
                "enligt strategin inte har mandat för denna typ av åtagande.",
                f"The earlier decision was taken by {facts.deciding_body.name(lang)}, which "
                "under the strategy holds no mandate for this kind of commitment.",
            )
        )
    if codes & {"R4-REVIEW", "R4-TERMINATION"}:
        texts.append(
            _w(
                lang,
                "Ett tidigare beslut om åtagandet fattades av ett organ utan mandat enligt strategin.",
                "An earlier decision on the commitment was taken by a body without the mandate "
                "under the strategy.",
            )
        )
    if "R4-NO-BODY" in codes:
        texts.append(
            _w(
                lang,
                "Det är inte dokumenterat vilket organ som fattade det ursprungliga beslutet.",
                "It is not documented which body took the original decision.",
            )
        )
    if "R4-BURDEN-UNKNOWN" in codes:
        texts.append(
            _w(
                lang,
                "Det är inte visat att åtagandet saknar kostnad för staden, vilket krävs för att "
                "internationella beredningen ska kunna besluta.",
                "It is not shown that the commitment costs the city nothing, which the "
                "International Committee's mandate requires.",
            )
        )
    if texts:
        blocks.append(Para(" ".join(texts)))

    r5 = {c for c in codes if c.startswith("R5")}
    if r5 or facts.project_kind == ProjectKind.AID:
        texts = [
            _w(
                lang,
                "Enligt strategin kan staden engagera sig i projekt av biståndskaraktär då hela "
                "finansieringen uppbärs av annan part, till exempel Sida.",
                "Under the strategy, the city may engage in aid projects when the whole "
                "financing comes from another party, for example Sida.",
            )
        ]
        texts.append(
            _w(
                lang,
                "Det är inte visat att hela finansieringen kommer från annan part.",
                "It is not shown that the whole financing comes from another party.",
            )
            if r5
            else _w(
                lang,
                "Finansieringen kommer i sin helhet från annan part.",
                "The whole financing comes from another party.",
            )
        )
        blocks.append(Para(_w(lang, "Bistånd", "Aid"), "subheading"))
        blocks.append(Para(" ".join(texts)))
    if any(c.startswith("R1") for c in codes):
        blocks.append(Para(_w(lang, "Vänorter", "Twin cities"), "subheading"))
        blocks.append(
            Para(
                _w(
                    lang,
                    "Staden har enligt strategin inga utpekade vänorter och tecknar inte "
                    "vänortsavtal. Åtagandet har drag av ett vänortsavtal och behöver prövas "
                    "mot detta.",
                    "Under the strategy, the city has no designated twin cities and signs no "
                    "twin-city agreements. The commitment resembles one and needs to be "
                    "weighed against this.",
                )
            )
        )
    if draft is not None and draft.assessment.strip():
        blocks.append(Para(_w(lang, "Sammantagen bedömning", "Overall assessment"), "subheading"))
        blocks.extend(_paras(draft.assessment))
    return tuple(blocks)


def _attachment_name(link: str) -> str:
    """The file's name of a path or URL (no folders, no server names)."""
    link = link.strip()
    parsed = urlparse(link)
    if parsed.scheme in ("http", "https", "file") and parsed.path:
        name = unquote(parsed.path.rstrip("/").rsplit("/", 1)[-1])
        return name or link
    return PureWindowsPath(link).name or link


# ---------------------------------------------------------------- the memo


def compose(
    facts: MemoFacts,
    lang: str = "sv",
    today: date | None = None,
    variant: Variant | str | None = None,
    draft: MemoDraftText | None = None,
) -> MemoDocument:
    """The memo of one entry as a ``MemoDocument`` (the caller refuses terminated entries)."""
    today = today or date.today()
    if draft is not None and variant is None and draft.variant:
        variant = draft.variant
    variant = Variant(variant) if variant else default_variant(facts)
    proposal = (
        Proposal(draft.proposal)
        if draft is not None and draft.proposal
        else (Proposal.END if variant is Variant.END else Proposal.CONTINUE)
    )
    if variant is Variant.END:
        proposal = Proposal.END
    route = facts.route(action_of(variant, proposal))
    office = office_name(facts, lang)
    name, phone = officer(facts, draft)
    addressee = body_name(
        route.addressee if route else None,
        BodyKind.CITY_EXECUTIVE_BOARD.value
        if route is not None and route.via_executive_board
        else (route.decider_kind if route else "concerned"),
        lang,
    )
    head = Letterhead(
        organisation=facts.organisation_name,
        administration=office,
        department=facts.writer.department,
        doc_type=_w(lang, "Tjänsteutlåtande", "Officer's report"),
        case_line=f"Dnr {facts.case_number}" if facts.case_number else "",
        page_format=_w(lang, "Sida {x} ({y})", "Page {x} ({y})"),
        officer_label=_w(lang, "Handläggare", "Officer"),
        officer=name,
        officer_phone=phone,
        to_label=_w(lang, "Till", "To"),
        addressee=addressee,
        date_text=today.isoformat(),
    )
    if draft is not None and draft.proposal_text.strip():
        points = [" ".join(p.split()) for p in draft.proposal_text.splitlines() if p.strip()]
    else:
        points = proposal_points(facts, variant, proposal, lang)
    proposal_section = Section(
        _w(lang, "Förslag till beslut", "Proposed decision"), (Numbered(tuple(points)),)
    )
    signatures = (
        Signature(
            facts.writer.head_of_administration,
            facts.writer.head_title or _w(lang, "Förvaltningschef", "Head of administration"),
        ),
        Signature(
            facts.writer.head_of_department, _w(lang, "Avdelningschef", "Head of department")
        ),
    )
    summary = (
        _paras(draft.summary)
        if draft is not None and draft.summary.strip()
        else _summary(facts, variant, proposal, lang, office)
    )
    sections = (
        Section(_w(lang, "Sammanfattning", "Summary"), summary),
        Section(_w(lang, "Bakgrund", "Background"), _background(facts, variant, lang)),
        Section(
            _w(lang, "Ärendets beredning", "Preparation of the matter"),
            _preparation(facts, lang, office, draft),
        ),
        Section(
            _w(lang, "Ekonomiska konsekvenser", "Financial consequences"),
            _economy(facts, variant, lang),
        ),
        Section(
            _w(lang, "Förvaltningens bedömning", "The administration's assessment"),
            _assessment(facts, variant, proposal, lang, draft),
        ),
    )
    links = [_attachment_name(link) for link in facts.document_links if link.strip()]
    attachments = (
        Section(_w(lang, "Bilagor", "Attachments"), (Numbered(tuple(links)),)) if links else None
    )
    return MemoDocument(
        lang=lang,
        letterhead=head,
        title=memo_title(facts, lang, variant),
        proposal=proposal_section,
        signatures=signatures,
        sections=sections,
        attachments=attachments,
        case_number=facts.case_number,
        file_title=facts.title,
        meta={"variant": variant.value, "proposal": proposal.value},
    )
