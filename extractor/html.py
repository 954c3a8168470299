"""A page to look at: a document with every record highlighted.

:func:`render_html` returns one self-contained HTML page (inline CSS and script, no
network fetch, no external font): the document's text with each record's span marked;
hovering a mark shows its record as a tooltip, clicking it pins the record in a side
panel (metric, value, unit, period, company, speaker, kind, ...). Speaker turns are
visible: each turn opens with the speaker's name and role. Pure Python, no dependency.

>>> import extractor
>>> text = "2015年Twilio营收达到1.669亿美元。"
>>> page = extractor.render_html(text, extractor.extract(text), title="Twilio")
>>> page.count('<mark class="rec'), "<script src" in page, "1.669亿美元</mark>" in page
(1, False, True)
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence

from .records import Record

__all__ = ["render_html", "render_html_documents"]

_FIELDS = ("metric", "metric_text", "value", "value_high", "unit", "period", "company",
           "speaker", "speaker_role", "change", "qualifier", "kind", "text", "start", "end")  # fmt: skip

_CSS = """
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2330;
 background:#f6f7f9}
header{padding:12px 20px;background:#1d2330;color:#fff}
header h1{font-size:17px;margin:0}
header p{margin:4px 0 0;font-size:13px;color:#c6cbd6}
main{display:flex;gap:16px;padding:16px 20px;align-items:flex-start}
.doc{flex:1;min-width:0}
article{background:#fff;border:1px solid #dde1e8;border-radius:6px;padding:14px 18px;
 margin-bottom:16px}
article h2{font-size:14px;margin:0 0 8px;color:#555f73}
.text{white-space:pre-wrap;word-wrap:break-word}
.turn{display:block;margin:10px 0 2px;padding:2px 8px;border-left:4px solid #5b7bd5;
 background:#eef2fc;font-weight:600;font-size:13px;white-space:normal}
.turn .role{font-weight:400;color:#555f73}
mark.rec{background:#ffe08a;border-radius:3px;padding:0 1px;cursor:pointer;
 border-bottom:2px solid #e0a800}
mark.rec.guidance{background:#c9f0d3;border-bottom-color:#2f9e55}
mark.rec.target{background:#d9d2f7;border-bottom-color:#6a4fd0}
mark.rec.sel{outline:2px solid #d0342c}
aside{position:sticky;top:16px;width:320px;flex:none;background:#fff;
 border:1px solid #dde1e8;border-radius:6px;padding:12px 14px;font-size:13px}
aside h2{font-size:14px;margin:0 0 8px}
aside table{border-collapse:collapse;width:100%}
aside td{padding:2px 4px;vertical-align:top;border-bottom:1px solid #eef0f3}
aside td:first-child{color:#555f73;white-space:nowrap}
.legend span{display:inline-block;padding:0 6px;margin-right:6px;border-radius:3px}
"""

_JS = """
(function(){
  var panel=document.getElementById('record');
  var sel=null;
  function show(m){
    var r=JSON.parse(m.getAttribute('data-record'));
    var rows=[];
    for(var k in r){
      if(r[k]===null||r[k]===undefined)continue;
      var tr=document.createElement('tr');
      var a=document.createElement('td');a.textContent=k;
      var b=document.createElement('td');b.textContent=String(r[k]);
      tr.appendChild(a);tr.appendChild(b);rows.push(tr);
    }
    var t=document.createElement('table');
    rows.forEach(function(tr){t.appendChild(tr);});
    panel.replaceChildren(t);
  }
  document.querySelectorAll('mark.rec').forEach(function(m){
    m.addEventListener('mouseenter',function(){if(!sel)show(m);});
    m.addEventListener('click',function(){
      if(sel)sel.classList.remove('sel');
      sel=m;m.classList.add('sel');show(m);
    });
  });
})();
"""


def _record_json(r: Record) -> str:
    d = r.to_dict()
    return json.dumps({k: d[k] for k in _FIELDS}, ensure_ascii=False)


def _tooltip(r: Record) -> str:
    d = r.to_dict()
    parts = [d["metric"], d["value"] + (f"..{d['value_high']}" if d["value_high"] else ""), d["unit"]]
    parts += [d[k] for k in ("period", "company", "speaker") if d[k]]
    if d["kind"] != "actual":
        parts.append(d["kind"])
    return " · ".join(parts)


def _turn_starts(text: str) -> dict[int, tuple[str, str | None]]:
    """Where each speaker turn's first paragraph starts, with the speaker and role."""
    from .document import read_document

    out: dict[int, tuple[str, str | None]] = {}
    last: tuple[str, str | None] | None = None
    for p in read_document(text).paragraphs:
        who = (p.speaker, p.role) if p.speaker else None
        if who is not None and who != last:
            out[p.start] = (p.speaker or "", p.role)
        last = who
    return out


def _body(text: str, records: Sequence[Record]) -> tuple[str, int]:
    """The document's text as HTML with marks; returns it and the number of marks."""
    for r in records:
        if not (0 <= r.start <= r.end <= len(text)) or text[r.start : r.end] != r.text:
            raise ValueError(
                f"record {r.text!r} at {r.start}:{r.end} does not match the text: "
                "render_html needs the text the records were extracted from"
            )
    turns = _turn_starts(text) if text.strip() else {}
    kept: list[Record] = []
    for r in sorted(records, key=lambda r: (r.start, r.end)):
        if kept and r.start < kept[-1].end:
            continue  # overlapping spans cannot both be marked; keep the first
        kept.append(r)
    # (position, 0 = a turn opens / 1 = a record, index into turns or kept)
    events = sorted([(pos, 0, i) for i, pos in enumerate(turns)]
                    + [(r.start, 1, i) for i, r in enumerate(kept)])
    turn_list = list(turns.values())
    out: list[str] = []
    pos = 0
    n = 0
    for at, kind, i in events:
        if at < pos:
            continue
        out.append(html.escape(text[pos:at]))
        pos = at
        if kind == 0:
            name, role = turn_list[i]
            role_html = f' <span class="role">— {html.escape(role)}</span>' if role else ""
            out.append(f'<span class="turn">{html.escape(name)}{role_html}</span>')
        else:
            r = kept[i]
            out.append(
                f'<mark class="rec {r.kind}" data-record="{html.escape(_record_json(r))}" '
                f'title="{html.escape(_tooltip(r))}">{html.escape(r.text)}</mark>'
            )
            pos = r.end
            n += 1
    out.append(html.escape(text[pos:]))
    return "".join(out), n


def render_html_documents(
    documents: Sequence[tuple[str, str, Sequence[Record]]], *, title: str = "extractor"
) -> str:
    """One page for several documents: ``(doc_id, text, records)`` triples, in order."""
    arts = []
    total = 0
    for doc_id, text, records in documents:
        body, n = _body(text, records)
        total += n
        arts.append(
            f'<article data-doc="{html.escape(doc_id)}"><h2>{html.escape(doc_id)} · '
            f'{n} record{"s" if n != 1 else ""}</h2><div class="text">{body}</div></article>'
        )
    legend = (
        '<p class="legend"><span style="background:#ffe08a">actual</span>'
        '<span style="background:#c9f0d3">guidance</span>'
        '<span style="background:#d9d2f7">target</span> '
        f"{total} record{'s' if total != 1 else ''} · hover a value to see its record, "
        "click to pin it</p>"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="mul"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>"
        f"<header><h1>{html.escape(title)}</h1>{legend}</header>"
        f'<main><div class="doc">{"".join(arts)}</div>'
        '<aside><h2>Record</h2><div id="record">Hover or click a highlighted value.</div>'
        f"</aside></main><script>{_JS}</script></body></html>\n"
    )


def render_html(text: str, records: Sequence[Record], *, title: str = "extractor") -> str:
    """One self-contained HTML page showing ``text`` with each record highlighted.

    ``records`` must come from ``text`` (their spans are checked: a mismatch raises
    ``ValueError``). Overlapping spans cannot both be marked: the first is kept.
    """
    if not isinstance(text, str):
        raise TypeError(f"render_html() expects the document as a str, got {type(text).__name__}")
    return render_html_documents([(title, text, records)], title=title)
