"""The memo as a tjänsteutlåtande: route and wording from the mandates, and nothing
internal in the text, checked on the content model and on the PDFs read back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app.domain.kinds import Status
from desktop_app.domain.memo_route import Variant
from desktop_app.exports.memo_compose import compose
from desktop_app.exports.memo_pdf import write_memos
from desktop_app.services import memos
from desktop_app.services import register as reg

from .memo_checks import NEEDS_POPPLER, pdftotext


def _facts(title: str) -> memos.MemoFacts:
    ids = reg.query_ids(reg.RegisterFilter(include_archived=True))
    rows = reg.rows_by_ids(ids)
    entry_id = next(i for i, row in rows.items() if row.title == title)
    return memos.gather([entry_id])[0]


@pytest.mark.parametrize(
    ("title", "variant", "addressee", "point"),
    [
        # A city-wide organisation: ending the membership is the City Council's,
        # prepared by the City Executive Board.
        (
            "Medlemskap i ICLEI – Local Governments for Sustainability",
            Variant.END,
            "Kommunstyrelsen",
            "1. Kommunstyrelsen föreslår kommunfullmäktige besluta att staden träder ut ur "
            "ICLEI – Local Governments for Sustainability.",
        ),
        # Continuing it is a city-wide question for the City Executive Board.
        (
            "Medlemskap i ICLEI – Local Governments for Sustainability",
            Variant.REVIEW,
            "Kommunstyrelsen",
            "1. Kommunstyrelsen beslutar att medlemskapet i ICLEI – Local Governments for "
            "Sustainability fortsätter och omprövas på nytt inom 4 år.",
        ),
        # A city-wide network: the City Executive Board, also for leaving it.
        (
            "Medlemskap i Eurocities",
            Variant.END,
            "Kommunstyrelsen",
            "1. Kommunstyrelsen beslutar att staden träder ut ur Eurocities.",
        ),
        # A declaration without resource burden: the International Committee.
        (
            "Anslutning till Covenant of Mayors for Climate & Energy",
            Variant.REVIEW,
            "Internationella beredningen",
            "1. Internationella beredningen beslutar på uppdrag av kommunstyrelsen att "
            "intentionsavtalet med Covenant of Mayors for Climate & Energy fortsätter",
        ),
        # Operation-specific: the committee concerned.
        (
            "Samarbete om trafiksäkerhet med Łódź och Kraków",
            Variant.REVIEW,
            "Trafiknämnden",
            "1. Trafiknämnden beslutar att samarbetsavtalet med Łódź och Kraków fortsätter",
        ),
    ],
)
def test_addressee_and_wording_follow_the_mandates(
    demo_register, title: str, variant: Variant, addressee: str, point: str
) -> None:
    doc = compose(_facts(title), "sv", variant=variant)
    assert doc.letterhead.addressee == addressee
    (numbered,) = doc.proposal.blocks
    text = "\n".join(f"{n}. {item}" for n, item in enumerate(numbered.items, start=1))
    assert text.startswith(point), text


def test_a_council_matter_is_addressed_to_the_board_not_the_council(demo_register) -> None:
    facts = _facts("Medlemskap i ICLEI – Local Governments for Sustainability")
    route = facts.route("terminate")
    assert route is not None and route.via_executive_board
    assert route.decider is not None and route.decider.short_name == "KF"
    doc = compose(facts, "sv", variant=Variant.END)
    assert doc.letterhead.addressee != route.decider.name_sv
    assessment = " ".join(
        " ".join(b.text for b in s.blocks if hasattr(b, "text"))
        for s in doc.sections
        if s.heading == "Förvaltningens bedömning"
    )
    assert "Nya medlemskap i stadsövergripande internationella organisationer" in assessment
    assert "efter beredning i kommunstyrelsen" in assessment


def test_a_draft_entry_gets_the_new_decision_and_no_invented_history(demo_register) -> None:
    facts = _facts("Förfrågan om vänortsavtal från Busan")
    assert facts.status == Status.DRAFT
    doc = compose(facts, "sv")
    assert doc.meta["variant"] == "new"
    assert doc.title.endswith("Förslag om samarbetsavtal")
    texts = list(doc.texts())
    assert "Något beslut har ännu inte fattats." in texts
    assert not any("Beslut om samarbetsavtal" in t for t in texts)
    # The twin-city finding is said as the strategy's principle, not as a rule code.
    assert any("tecknar inte vänortsavtal" in t for t in texts)


_INTERNAL = [
    re.compile(r"\(R\d+\)|\bR\d+(-[A-Z-]+)?\b"),  # rule codes
    re.compile(r"\bAnge\b|\bRegistret\b|\bregistrator", re.IGNORECASE),  # instructions
    re.compile(r"\bpost \d+|\bentry \d+|\bversion \d+", re.IGNORECASE),  # internal ids
    re.compile(r"\btills vidare\b.*Fortsätta|☐"),  # tick boxes of the old memo
]


def _internal(text: str) -> list[str]:
    return [m.group(0) for pattern in _INTERNAL for m in pattern.finditer(text)]


def test_no_code_instruction_or_id_in_any_composed_memo(demo_register) -> None:
    ids = reg.query_ids(reg.RegisterFilter(include_archived=True))
    facts = [f for f in memos.gather(ids) if f.status != Status.TERMINATED]
    assert len(facts) > 20
    for item in facts:
        for variant in Variant:
            for lang in ("sv", "en"):
                doc = compose(item, lang, variant=variant)
                text = "\n".join(doc.texts())
                assert not _internal(text), (item.title, variant, lang, _internal(text))


@NEEDS_POPPLER
@pytest.mark.parametrize("variant", list(Variant))
def test_no_code_instruction_or_id_in_the_demo_pdfs(
    demo_register, tmp_path: Path, variant: Variant
) -> None:
    ids = reg.query_ids(reg.RegisterFilter(include_archived=True))
    live = [f.entry_id for f in memos.gather(ids) if f.status != Status.TERMINATED]
    out = tmp_path / f"{variant}.pdf"
    result = write_memos(out, entry_ids=live, variant=variant)
    assert result.entry_ids == live
    text = pdftotext(out)
    assert text.count("Förslag till beslut") == len(live)
    assert not _internal(text), _internal(text)[:10]
