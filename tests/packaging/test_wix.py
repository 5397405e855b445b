"""The MSI definition: fixed identity, per-user, major upgrades, every file harvested.

WiX itself only runs on the Windows runner; these checks catch the mistakes
that would otherwise surface there (or, worse, on a registrar's machine).
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET

import pytest

from .conftest import PACKAGING

NS = {"w": "http://wixtoolset.org/schemas/v4/wxs"}
FIXED_UPGRADE_CODE = "BAB2692F-F070-487F-BF26-1EF7EAAF6B2C"
ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]{0,71}$")


@pytest.fixture(scope="module")
def package() -> ET.Element:
    text = (PACKAGING / "windows/Package.wxs").read_text(encoding="utf-8")
    # Preprocessor lines (<?ifdef?>) are processing instructions: valid XML.
    return ET.fromstring(text.encode("utf-8")).find("w:Package", NS)


def test_upgrade_code_is_fixed(package, make_fragment):
    assert package.get("UpgradeCode") == FIXED_UPGRADE_CODE
    assert str(make_fragment.UPGRADE_CODE).upper() == FIXED_UPGRADE_CODE
    assert package.get("ProductCode") is None  # a new one per build: every build upgrades
    assert package.get("Version") == "$(var.Version)"


def test_per_user_install_with_major_upgrade(package):
    assert package.get("Scope") == "perUser"
    upgrade = package.find("w:MajorUpgrade", NS)
    assert upgrade is not None
    assert "nyare version" in upgrade.get("DowngradeErrorMessage")
    assert package.find("w:MediaTemplate", NS).get("EmbedCab") == "yes"


def test_installs_under_local_app_data_programs(package):
    local = package.find("w:StandardDirectory[@Id='LocalAppDataFolder']", NS)
    programs = local.find("w:Directory", NS)
    assert programs.get("Name") == "Programs"
    install = programs.find("w:Directory", NS)
    assert (install.get("Id"), install.get("Name")) == ("INSTALLFOLDER", "Avtalsregister")
    # The user's register lives in %LOCALAPPDATA%\Avtalsregister\Avtalsregister
    # (desktop_app.paths): the MSI must own nothing there, or uninstall would touch it.
    assert [d.get("Name") for d in local.iter(f"{{{NS['w']}}}Directory")] == [
        "Programs",
        "Avtalsregister",
    ]


def test_start_menu_shortcut_starts_the_windowed_program(package):
    menu = package.find("w:StandardDirectory[@Id='ProgramMenuFolder']", NS)
    component = menu.find("w:Component", NS)
    shortcut = component.find("w:Shortcut", NS)
    assert shortcut.get("Target") == "[INSTALLFOLDER]avtalsregister-gui.exe"
    assert shortcut.get("Name") == "Avtalsregister"
    key = component.find("w:RegistryValue", NS)
    assert (key.get("Root"), key.get("KeyPath")) == ("HKCU", "yes")
    uuid.UUID(component.get("Guid"))


def test_feature_holds_the_harvested_files_and_the_shortcut(package, make_fragment):
    feature = package.find("w:Feature", NS)
    assert feature.find("w:ComponentGroupRef", NS).get("Id") == make_fragment.COMPONENT_GROUP
    assert feature.find("w:ComponentRef", NS).get("Id") == "StartMenuShortcut"


def test_add_remove_programs_icon_when_the_icon_is_given():
    text = (PACKAGING / "windows/Package.wxs").read_text(encoding="utf-8")
    block = text[text.index("<?ifdef IconFile?>") : text.index("<?endif?>")]
    assert 'Property Id="ARPPRODUCTICON" Value="AppIcon.ico"' in block
    assert 'SourceFile="$(var.IconFile)"' in block


def _fake_bundle(root, extra=()):
    bundle = root / "avtalsregister"
    files = [
        "avtalsregister.exe",
        "avtalsregister-gui.exe",
        "_internal/python311.dll",
        "_internal/db/migrations/m0001_initial.py",
        "_internal/resources/translations/editor_sv.qm",
        "_internal/PySide6/Qt/plugins/platforms/qwindows.dll",
        "_internal/PySide6/Qt/translations/qtbase_sv.qm",
        *extra,
    ]
    for relative in files:
        (bundle / relative).parent.mkdir(parents=True, exist_ok=True)
        (bundle / relative).write_bytes(b"x")
    (bundle / "_internal/empty-folder").mkdir()
    return bundle, files


def test_fragment_installs_every_file_once(make_fragment, tmp_path):
    bundle, files = _fake_bundle(tmp_path)
    tree, count = make_fragment.build_fragment(bundle)
    root = tree.getroot()
    sources = [f.get("Source") for f in root.iter(f"{{{NS['w']}}}File")]
    assert count == len(files) == len(sources)
    assert sorted(sources) == sorted("$(var.BundleDir)\\" + f.replace("/", "\\") for f in files)
    ids = [e.get("Id") for e in root.iter() if e.get("Id")]
    assert len(ids) == len(set(ids))
    assert all(ID.match(i) for i in ids), [i for i in ids if not ID.match(i)]


def test_every_component_is_per_user_clean(make_fragment, tmp_path):
    bundle, _ = _fake_bundle(tmp_path)
    root = make_fragment.build_fragment(bundle)[0].getroot()
    directories = {d.get("Id") for d in root.iter(f"{{{NS['w']}}}Directory")} | {"INSTALLFOLDER"}
    components = list(root.iter(f"{{{NS['w']}}}Component"))
    # one per folder (root, _internal, db, migrations, resources, ..., the empty one)
    assert len(components) == len(directories)
    guids = set()
    for component in components:
        assert component.get("Directory") in directories
        keys = component.findall("w:RegistryValue", NS)
        assert [(k.get("Root"), k.get("KeyPath")) for k in keys] == [("HKCU", "yes")]
        assert component.find("w:RemoveFolder", NS).get("On") == "uninstall"
        guids.add(uuid.UUID(component.get("Guid")))
    assert len(guids) == len(components)
    names = [k.get("Name") for k in root.iter(f"{{{NS['w']}}}RegistryValue")]
    assert len(names) == len(set(names))  # one key path per component


def test_fragment_is_reproducible_and_tracks_changes(make_fragment, tmp_path):
    first, _ = _fake_bundle(tmp_path / "a")
    second, _ = _fake_bundle(tmp_path / "b")
    text = [ET.tostring(make_fragment.build_fragment(b)[0].getroot()) for b in (first, second)]
    assert text[0] == text[1]
    (second / "_internal/db/migrations/m0002_more.py").write_bytes(b"x")
    changed = ET.tostring(make_fragment.build_fragment(second)[0].getroot())
    guid = re.compile(rb'Guid="([^"]+)"')
    assert len(set(guid.findall(text[0])) ^ set(guid.findall(changed))) == 2  # only migrations/


def test_fragment_refuses_a_non_windows_or_case_clashing_bundle(make_fragment, tmp_path):
    bundle, _ = _fake_bundle(
        tmp_path / "ok", extra=["_internal/Readme.txt", "_internal/README.txt"]
    )
    with pytest.raises(SystemExit, match="same file on Windows"):
        make_fragment.build_fragment(bundle)
    (tmp_path / "linux").mkdir()
    (tmp_path / "linux/avtalsregister").write_bytes(b"x")
    with pytest.raises(SystemExit, match="missing avtalsregister-gui.exe"):
        make_fragment.build_fragment(tmp_path / "linux")


def test_fragment_written_by_the_command_line_is_wix_xml(make_fragment, tmp_path):
    bundle, files = _fake_bundle(tmp_path)
    out = tmp_path / "build/AppFiles.wxs"
    assert make_fragment.main([str(bundle), str(out)]) == 0
    root = ET.parse(out).getroot()
    assert root.tag == f"{{{NS['w']}}}Wix"
    assert root.find("w:Fragment/w:DirectoryRef", NS).get("Id") == "INSTALLFOLDER"
    assert root.find("w:Fragment/w:ComponentGroup", NS).get("Id") == "AppFiles"
