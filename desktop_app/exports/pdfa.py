"""Turn a reportlab PDF into PDF/A-2b in memory (pikepdf).

Open-source reportlab writes neither XMP metadata nor an output intent, which
PDF/A requires; we add them with pikepdf (qpdf) rather than switching PDF
libraries: reportlab lays out the memo, pikepdf adds the archival markers.
What is added: an sRGB output intent (GTS_PDFA1) with the shipped ICC
profile, XMP metadata (pdfaid part 2, conformance B; dc:title, dc:creator,
dc:description, dc:language; xmp dates equal to the Info dictionary's), the
document language in the catalog, and a document ID. Fonts are embedded by
the caller (``pdf_fonts``); reportlab writes no transparency or encryption.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from xml.sax.saxutils import escape

from desktop_app.paths import resources_dir

ICC_IDENTIFIER = "sRGB IEC61966-2.1"
PRODUCER = "Avtalsregister (ReportLab, pikepdf)"


@dataclass(frozen=True)
class PdfMetadata:
    """The document information that goes into both the Info dict and XMP."""

    title: str
    author: str
    subject: str
    keywords: str = ""
    lang: str = "sv-SE"
    creator: str = "Avtalsregister"
    created: datetime | None = None  # aware; default: now (UTC)


@lru_cache(maxsize=1)
def srgb_profile() -> bytes:
    """The shipped sRGB profile (icc-profiles-free, zlib licence; see resources/icc)."""
    return (resources_dir() / "icc" / "sRGB.icc").read_bytes()


def pdf_date(moment: datetime) -> str:
    """PDF date string, ``D:YYYYMMDDHHmmSS+HH'mm'``."""
    offset = moment.utcoffset() or (moment - moment)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return moment.strftime("D:%Y%m%d%H%M%S") + f"{sign}{hours:02d}'{mins:02d}'"


def xmp_date(moment: datetime) -> str:
    """The same moment as an XMP (ISO 8601) date with offset."""
    return moment.replace(microsecond=0).isoformat()


def _xmp_packet(meta: PdfMetadata, moment: datetime) -> bytes:
    when = xmp_date(moment)
    lang = escape(meta.lang)
    keywords = f"<pdf:Keywords>{escape(meta.keywords)}</pdf:Keywords>" if meta.keywords else ""
    text = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(meta.title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{escape(meta.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(meta.subject)}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<xmp:CreateDate>{when}</xmp:CreateDate><xmp:ModifyDate>{when}</xmp:ModifyDate>
<xmp:MetadataDate>{when}</xmp:MetadataDate>
<xmp:CreatorTool>{escape(meta.creator)}</xmp:CreatorTool>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdf:Producer>{escape(PRODUCER)}</pdf:Producer>{keywords}
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return text.encode("utf-8")


def make_pdfa(pdf_bytes: bytes, meta: PdfMetadata) -> bytes:
    """The PDF/A-2b version of ``pdf_bytes`` (a reportlab document), in memory."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, Stream, String

    moment = meta.created or datetime.now(UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    moment = moment.replace(microsecond=0)
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        profile = Stream(pdf, srgb_profile())
        profile.N = 3
        intent = Dictionary(
            Type=Name.OutputIntent,
            S=Name.GTS_PDFA1,
            OutputConditionIdentifier=String(ICC_IDENTIFIER),
            RegistryName=String("http://www.color.org"),
            Info=String(ICC_IDENTIFIER),
            DestOutputProfile=pdf.make_indirect(profile),
        )
        pdf.Root.OutputIntents = Array([pdf.make_indirect(intent)])
        pdf.Root.Lang = String(meta.lang)
        for page in pdf.pages:
            # reportlab writes an empty /Trans (page transition) that PDF/A
            # validators do not accept as a known page key; it does nothing.
            if Name.Trans in page.obj:
                del page.obj[Name.Trans]
        # The Info dictionary says exactly what the XMP says (PDF/A 6.6.2.3).
        stamp = String(pdf_date(moment))
        info = Dictionary(
            Title=String(meta.title),
            Author=String(meta.author),
            Subject=String(meta.subject),
            Creator=String(meta.creator),
            Producer=String(PRODUCER),
            CreationDate=stamp,
            ModDate=stamp,
        )
        if meta.keywords:
            info.Keywords = String(meta.keywords)
        pdf.trailer.Info = pdf.make_indirect(info)
        xmp = Stream(pdf, _xmp_packet(meta, moment))
        xmp.Type = Name.Metadata
        xmp.Subtype = Name.XML
        pdf.Root.Metadata = pdf.make_indirect(xmp)
        out = io.BytesIO()
        # static_id=False keeps reportlab's first ID and adds a fresh second one.
        pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.disable)
        return out.getvalue()
