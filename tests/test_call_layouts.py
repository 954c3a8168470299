"""One earnings call, many layouts: the same call metadata and the same records.

Each example call below is written once as a list of turns and rendered in the layouts
transcripts come in (Motley Fool headers, bullets, ``NAME: speech`` in capitals,
``Name (Title): speech``, ``Name - Title`` lines, ``Q -``/``A -`` markers under participant
lists, page furniture). Every rendering must give the call's company and quarter (read
from the speech: no rendering has a title line) and the same records, each with the
right speaker. All calls here are invented.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
import pytest

from extractor import Extractor, Record
from extractor.document import read_document
from extractor.records import Period


@attrs.frozen
class Turn:
    name: str
    role: str | None  # None for the operator
    paras: tuple[str, ...]
    firm: str | None = None  # analysts

    @property
    def analyst(self) -> bool:
        return self.firm is not None


OP = "Operator"

NORTHWIND: tuple[Turn, ...] = (
    Turn(OP, None, (
        ("Good afternoon, and welcome to the Northwind Logistics Fourth Quarter Earnings "
         "Conference Call. At this time, all participants are in a listen-only mode."),
        ("I would now like to turn the call over to Mary Chen, Vice President of Investor "
         "Relations. Please go ahead."),
    )),
    Turn("Mary Chen", "Vice President of Investor Relations", (
        ("Thank you, operator. With me today are Tom Becker, Chief Executive Officer, and "
         "Jane Roe, Chief Financial Officer. Earlier today we released our results for the "
         "fourth quarter and full year 2020."),
        ("Statements about our outlook are forward-looking and subject to risks. I will now "
         "turn the call over to Tom."),
    )),
    Turn("Tom Becker", "Chief Executive Officer", (
        ("Thanks, Mary. Revenue for the quarter was $412 million, up 12% from a year ago. "
         "Adjusted earnings per share were $1.05."),
        "For the full year, revenue grew 9% to $1.6 billion. I'll hand it to Jane.",
    )),
    Turn("Jane Roe", "Chief Financial Officer", (
        "Thank you, Tom. Gross margin was 41.5%, up 80 basis points.",
        ("Turning to our outlook. For the first quarter, we expect revenue of $420 million "
         "to $430 million. For 2021, we see adjusted EPS of $4.60 to $4.80."),
        "We now have about 41,000 customers, and operating cash flow was $95 million.",
    )),
    Turn(OP, None, (
        ("Thank you. Our first question comes from Sam Patel with Keystone Securities. "
         "Your line is open."),
    )),
    Turn("Sam Patel", "Analyst", ("Thanks. How much did pricing add in the quarter?",),
         firm="Keystone Securities"),
    Turn("Jane Roe", "Chief Financial Officer", (
        "Pricing added about 3% to revenue in the quarter.",
    )),
    Turn(OP, None, ("This concludes today's conference call. You may now disconnect.",)),
)

CONTOSO: tuple[Turn, ...] = (
    Turn(OP, None, (
        ("Good day, ladies and gentlemen, and welcome to the Q2 Contoso Systems earnings "
         "call. Today's call is being recorded. I would now like to hand the call over to "
         "Ravi Iyer, Head of Investor Relations."),
    )),
    Turn("Ravi Iyer", "Head of Investor Relations", (
        ("Good morning. Joining me are our Chief Executive Officer, Ann Klein, and Luis "
         "Ortega, Chief Financial Officer. Today we will discuss our fiscal 2022 second "
         "quarter results."),
    )),
    Turn("Ann Klein", "Chief Executive Officer", (
        ("Thank you, Ravi. Net sales were $2.3 billion in the quarter, an increase of 7%. "
         "Diluted earnings per share were $1.42."),
    )),
    Turn("Luis Ortega", "Chief Financial Officer", (
        ("Thanks, Ann. Operating margin was 18.2%. We are raising our full-year guidance "
         "for adjusted EPS to a range of $5.52 to $5.62."),
        "Over the long term, we are targeting free cash flow of $1 billion by fiscal 2025.",
    )),
    Turn(OP, None, (
        "Your next question comes from the line of Dana Wu with Harbor Bank.",
    )),
    Turn("Dana Wu", "Analyst", ("What drove the margin this quarter?",), firm="Harbor Bank"),
    Turn("Luis Ortega", "Chief Financial Officer", ("Mostly mix, which added 60 basis points.",)),
)

CALLS = {"northwind": NORTHWIND, "contoso": CONTOSO}

EXPECTED_META = {
    "northwind": ("Northwind Logistics", Period.quarter(2020, 4)),
    "contoso": ("Contoso Systems", Period.fiscal_quarter(2022, 2)),
}


# --------------------------------------------------------------------------------------
# Layouts
# --------------------------------------------------------------------------------------


def _qa_start(turns: tuple[Turn, ...]) -> int:
    first = next(i for i, t in enumerate(turns) if t.analyst)
    return first - 1 if turns[first - 1].name == OP else first


def motley(turns: tuple[Turn, ...]) -> str:
    out = ["Prepared Remarks:"]
    qa = _qa_start(turns)
    for i, t in enumerate(turns):
        if i == qa:
            out.append("Questions and Answers:")
        if t.name == OP:
            out.append(OP)
        elif t.analyst:
            out.append(f"{t.name} -- {t.firm} -- {t.role}")
        else:
            out.append(f"{t.name} -- {t.role}")
        out.extend(t.paras)
    return "\n\n".join(out) + "\n"


def bullets(turns: tuple[Turn, ...]) -> str:
    out = []
    for t in turns:
        head = t.name if t.role is None else f"{t.name} - {t.role}"
        out.append(f"  • {head}\n\n    {head}")
        out.extend(f"  • {p}" for p in t.paras)
    return "\n\n".join(out) + "\n"


def caps(turns: tuple[Turn, ...]) -> str:
    """``NAME: speech`` in capitals, no title, no section headers, no roles."""
    out = []
    for t in turns:
        out.append(f"{t.name.upper()}: {t.paras[0]}")
        out.extend(t.paras[1:])
    return "\n\n".join(out) + "\n"


def paren(turns: tuple[Turn, ...]) -> str:
    """``Name (Title): speech``; later paragraphs of a turn on their own lines."""
    out = []
    for t in turns:
        head = t.name if t.role is None else f"{t.name} ({t.role})"
        out.append(f"{head}: {t.paras[0]}")
        out.extend(t.paras[1:])
    return "\n".join(out) + "\n"


def dash_lines(turns: tuple[Turn, ...]) -> str:
    """A ``Name - Title`` line (``Name - Firm - Analyst``) above the speech, no blank lines
    inside a turn."""
    out = []
    for t in turns:
        if t.name == OP:
            head = OP
        elif t.analyst:
            head = f"{t.name} - {t.firm} - {t.role}"
        else:
            head = f"{t.name} - {t.role}"
        out.append("\n".join((head, *t.paras)))
    return "\n\n".join(out) + "\n"


def participants_qa(turns: tuple[Turn, ...]) -> str:
    """Participant lists (Corporate / Conference Call Participants), then the speech with
    bare names in prepared remarks and ``Q -`` / ``A -`` markers in the Q&A."""
    execs = {t.name: t.role for t in turns if t.role and not t.analyst}
    analysts = {t.name: t.firm for t in turns if t.analyst}
    out = ["Corporate Participants"]
    out.append("\n".join(f"{n} - {r}" for n, r in execs.items()))
    out.append("Conference Call Participants")
    out.append("\n".join(f"{n} - {f}" for n, f in analysts.items()))
    out.append("Presentation")
    qa = _qa_start(turns)
    for i, t in enumerate(turns):
        if i == qa:
            out.append("Question and Answer")
        if i <= qa or t.name == OP:
            out.append(t.name)
        else:
            out.append(f"{'Q' if t.analyst else 'A'} - {t.name}")
        out.extend(t.paras)
    return "\n\n".join(out) + "\n"


def executives_analysts(turns: tuple[Turn, ...]) -> str:
    """"Executives" / "Analysts" lists, then ``Name`` headers on their own line."""
    execs = {t.name: t.role for t in turns if t.role and not t.analyst}
    analysts = {t.name: t.firm for t in turns if t.analyst}
    out = ["Executives", "\n".join(f"{n} - {r}" for n, r in execs.items())]
    out += ["Analysts", "\n".join(f"{n} - {f}" for n, f in analysts.items())]
    for t in turns:
        out.append(t.name)
        out.extend(t.paras)
    return "\n\n".join(out) + "\n"


def furniture(turns: tuple[Turn, ...]) -> str:
    """The dash-line layout with page furniture between paragraphs: page numbers, a
    repeated running header and a copyright line."""
    body = dash_lines(turns).split("\n\n")
    out: list[str] = []
    for k, block in enumerate(body):
        out.append(block)
        if k % 3 == 2:
            out.append(
                f"Page {k // 3 + 2} of 9\n\nEARNINGS CALL TRANSCRIPT\n\n"
                "© 2021 Example Transcripts Inc. All rights reserved."
            )
    return "\n\n".join(out) + "\n"


LAYOUTS: dict[str, Callable[[tuple[Turn, ...]], str]] = {
    "motley": motley,
    "bullets": bullets,
    "caps": caps,
    "paren": paren,
    "dash_lines": dash_lines,
    "participants_qa": participants_qa,
    "executives_analysts": executives_analysts,
    "furniture": furniture,
}


# --------------------------------------------------------------------------------------
# Tests
# --------------------------------------------------------------------------------------


def _speaker_at(turns: tuple[Turn, ...], text: str, pos: int) -> Turn:
    """The turn whose speech holds ``text[pos]``: the last turn whose first paragraph
    starts at or before ``pos`` (paragraphs are unique within a call)."""
    best: Turn | None = None
    best_at = -1
    for t in turns:
        at = text.find(t.paras[0])
        while at != -1 and at <= pos:
            if at > best_at:
                best, best_at = t, at
            at = text.find(t.paras[0], at + 1)
    assert best is not None
    return best


def _key(r: Record) -> tuple[Any, ...]:
    return (
        r.text, r.value, r.value_high, r.unit, r.period.label if r.period else None, r.kind,
        r.change, r.metric, r.qualifier, r.company, r.speaker,
    )


@pytest.fixture(scope="module")
def rendered(ex: Extractor) -> dict[tuple[str, str], tuple[str, list[Record]]]:
    out = {}
    for call, turns in CALLS.items():
        for layout, render in LAYOUTS.items():
            text = render(turns)
            out[(call, layout)] = (text, ex.extract(text))
    return out


@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize("call", list(CALLS))
def test_call_metadata_from_the_speech(call: str, layout: str) -> None:
    text = LAYOUTS[layout](CALLS[call])
    meta = read_document(text).meta
    assert meta.is_transcript
    assert (meta.company, meta.call_period) == EXPECTED_META[call]


@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize("call", list(CALLS))
def test_every_paragraph_has_its_speaker(call: str, layout: str) -> None:
    turns = CALLS[call]
    text = LAYOUTS[layout](turns)
    doc = read_document(text)
    said = [p for p in doc.paragraphs if any(p.text in q for t in turns for q in t.paras)]
    assert len(said) == sum(len(t.paras) for t in turns)  # furniture is no paragraph
    for p in doc.paragraphs:
        assert any(p.text in q for t in turns for q in t.paras), p.text  # nor part of one
        t = _speaker_at(turns, text, p.start)
        assert p.speaker == t.name
        assert p.role == t.role  # from the header, the participant list or an introduction
        if t.analyst:
            assert p.firm == t.firm


@pytest.mark.parametrize("layout", [k for k in LAYOUTS if k != "motley"])
@pytest.mark.parametrize("call", list(CALLS))
def test_same_records_in_every_layout(
    rendered: dict[tuple[str, str], tuple[str, list[Record]]], call: str, layout: str
) -> None:
    ref = [_key(r) for r in rendered[(call, "motley")][1]]
    text, recs = rendered[(call, layout)]
    assert [_key(r) for r in recs] == ref
    for r in recs:
        assert text[r.start : r.end] == r.text
        t = _speaker_at(CALLS[call], text, r.start)
        assert (r.speaker, r.speaker_role) == (t.name, t.role)


def _by_text(recs: list[Record]) -> dict[str, Record]:
    return {r.text: r for r in recs}


def test_northwind_records(rendered: dict[tuple[str, str], tuple[str, list[Record]]]) -> None:
    got = _by_text(rendered[("northwind", "motley")][1])
    want = {
        "$412 million": ("2020-Q4", "actual", None),
        "12%": ("2020-Q4", "actual", "up"),
        "$1.05": ("2020-Q4", "actual", None),
        # "the full year" in a call is the call's fiscal year (a calendar one here)
        "9%": ("FY2020", "actual", "up"),
        "$1.6 billion": ("FY2020", "actual", None),
        "41.5%": ("2020-Q4", "actual", None),
        "80 basis points": ("2020-Q4", "actual", "up"),
        "$420 million to $430 million": ("2021-Q1", "guidance", None),
        "$4.60 to $4.80": ("2021", "guidance", None),
        "$95 million": ("2020-Q4", "actual", None),
        "3%": ("2020-Q4", "actual", None),
    }
    for text, (period, kind, change) in want.items():
        r = got[text]
        assert (r.period.label if r.period else None, r.kind, r.change) == (period, kind, change), text
    assert got["$420 million to $430 million"].value_high == Decimal(430000000)
    customers = got["41,000"]
    assert customers.kind == "actual"  # said after the outlook: still a present-tense fact
    assert customers.period is None or customers.period.label == "2020-Q4"
    assert all(r.company == "Northwind Logistics" for r in got.values())


def test_contoso_records(rendered: dict[tuple[str, str], tuple[str, list[Record]]]) -> None:
    got = _by_text(rendered[("contoso", "motley")][1])
    assert got["$2.3 billion"].period == Period.fiscal_quarter(2022, 2)
    assert got["$1.42"].metric == "eps" and got["$1.42"].kind == "actual"
    eps = got["$5.52 to $5.62"]
    assert (eps.kind, eps.value, eps.value_high) == ("guidance", Decimal("5.52"), Decimal("5.62"))
    assert eps.period == Period.fiscal_year(2022)
    fcf = got["$1 billion"]
    assert (fcf.kind, fcf.period) == ("target", Period.fiscal_year(2025))
