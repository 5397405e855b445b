"""The archive package (e-arkiv): a BagIt bag that validates, XML valid against its
documented schema, CSV, PDF/A documents, a Swedish description; both backends."""

from __future__ import annotations

import csv

import bagit
import pytest
from lxml import etree

from desktop_app.exports.archive_package import NAMESPACE, PARTS, write_package
from desktop_app.services import audit, secrecy
from desktop_app.services.errors import ServiceError
from desktop_app.store.models import AuditEvent, Entry, Review


@pytest.fixture
def package(demo_register, tmp_path):
    secrecy.mark(1, "counterparties", "Utrikessekretess.")
    return write_package(tmp_path / "paket")


def test_the_bag_validates_and_its_checksums_catch_a_changed_file(package):
    bag = bagit.Bag(str(package.path))
    bag.validate()  # raises BagValidationError on any wrong checksum or missing file
    assert {"sha256", "sha512"} <= set(bag.algorithms)
    assert bag.info["Source-Organization"] == "Stockholms stad"
    payload = set(bag.payload_files())
    assert {"data/register.xml", "data/schema/avtalsregister.xsd", "data/beskrivning.txt",
            "data/csv/poster.csv", "data/csv/historik.csv"} <= payload  # fmt: skip
    with (package.path / "data" / "csv" / "poster.csv").open("a", encoding="utf-8") as f:
        f.write("tampered\n")
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(package.path)).validate()


def test_the_xml_is_valid_against_its_schema_and_holds_everything(package):
    data = package.path / "data"
    schema = etree.XMLSchema(etree.parse(str(data / "schema" / "avtalsregister.xsd")))
    doc = etree.parse(str(data / "register.xml"))
    schema.assertValid(doc)
    ns = {"a": NAMESPACE}
    assert len(doc.findall(".//a:poster/a:post", ns)) == Entry.select().count()
    assert len(doc.findall(".//a:omprovningar/a:omprovning", ns)) == Review.select().count()
    events = doc.findall(".//a:historik/a:handelse", ns)
    assert len(events) == AuditEvent.select().where(AuditEvent.id <= int(
        events[-1].findtext("a:id", namespaces=ns))).count()  # fmt: skip
    marks = doc.findall(".//a:sekretessbedomningar/a:sekretess", ns)
    assert [m.findtext("a:field", namespaces=ns) for m in marks] == ["counterparties"]
    # Every element is documented in Swedish in the schema.
    xsd = etree.parse(str(data / "schema" / "avtalsregister.xsd"))
    xs = {"xs": "http://www.w3.org/2001/XMLSchema"}
    for element in xsd.iter("{http://www.w3.org/2001/XMLSchema}element"):
        assert element.findtext("xs:annotation/xs:documentation", namespaces=xs), element.get(
            "name"
        )
    # A wrong value does not pass: the schema checks types.
    first = doc.find(".//a:poster/a:post/a:decision_date", ns)
    first.text = "den 11 maj"
    assert not schema.validate(doc)


def test_csv_description_and_pdfa_documents(package):
    data = package.path / "data"
    with (data / "csv" / "poster.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == Entry.select().count() == package.counts["poster"]
    assert rows[0]["case_number"] == Entry.get_by_id(int(rows[0]["id"])).case_number
    text = (data / "beskrivning.txt").read_text(encoding="utf-8")
    for part in PARTS:
        for name, _kind, _ in part.fields:
            assert name in text
    assert "Diarienummer för beslutet." in text
    pdfs = sorted((data / "dokument").glob("*.pdf"))
    assert pdfs and any(p.name.startswith("arsrapport-") for p in pdfs)
    pdfa = pytest.importorskip("pikepdf.pdfa", exc_type=ImportError)
    report = pdfa.validate_written(pdfs[0], "2b")
    assert report.verdict == "pass", [str(f) for f in report.findings[:10]]
    assert audit.list_events(action="export")[-1].details.count("archive_package") == 1


def test_a_folder_that_is_not_empty_is_refused(demo_register, tmp_path):
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x.txt").write_text("x")
    with pytest.raises(ServiceError):
        write_package(tmp_path / "full")
    assert (tmp_path / "full" / "x.txt").exists()
