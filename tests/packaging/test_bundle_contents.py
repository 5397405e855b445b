"""What the spec packs covers what the program reads (static; the real build is build_linux.sh)."""

from __future__ import annotations

import re

from desktop_app import paths
from desktop_app.cli import COMMAND_MODULES

from .conftest import PACKAGING, ROOT

# Every folder below db/ and resources/ that the program reads at run time.
RUNTIME_FOLDERS = {
    "db/migrations": "m*.py",
    "db/seed": "*.json",
    "db/postgres": "*.sql",
    "resources/fonts": "*.ttf",
    "resources/icons": "avtalsregister.*",
    "resources/translations": "*_sv.qm",
    "resources/icc": "*.icc",
}


def test_every_runtime_folder_is_packed_whole(contents):
    packed = set(contents.data_files(ROOT))
    for folder, pattern in RUNTIME_FOLDERS.items():
        on_disk = {p.relative_to(ROOT).as_posix() for p in (ROOT / folder).glob(pattern)}
        assert on_disk, f"{folder}/{pattern} is empty in the checkout"
        assert on_disk <= packed, f"not packed: {sorted(on_disk - packed)}"


def test_the_program_finds_the_packed_folders_in_a_bundle(contents, tmp_path, monkeypatch):
    # The spec puts each data file at <_MEIPASS>/<its path in the checkout>;
    # desktop_app.paths must look exactly there in a frozen program.
    for relative in contents.data_files(ROOT)[:1] + ["db/migrations/m0001_x.py"]:
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text("")
    (tmp_path / "resources/fonts").mkdir(parents=True)
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert paths.db_dir() == tmp_path / "db"
    assert paths.resources_dir() == tmp_path / "resources"
    assert set(contents.DATA_ROOTS) == {"db", "resources"}


def test_sources_and_caches_stay_out(contents):
    for relative in contents.data_files(ROOT):
        assert not relative.endswith((".ts", ".pyc", "/__init__.py")), relative
        assert "__pycache__" not in relative


def test_every_translation_source_has_its_compiled_file(contents):
    sources = contents.translation_sources(ROOT)
    assert sources, "no *_sv.ts files: the Swedish UI would be missing"
    folder = ROOT / "resources/translations"
    missing = [ts for ts in sources if not (folder / ts.replace(".ts", ".qm")).is_file()]
    assert not missing, f"run `python tools/i18n.py release`: no .qm for {missing}"


def test_every_module_of_the_package_is_a_hidden_import(contents):
    modules = contents.package_modules(ROOT)
    assert "desktop_app.__main__" not in modules
    for name in COMMAND_MODULES:  # imported by name in cli/__init__.py
        if (ROOT / f"desktop_app/cli/{name}.py").is_file():
            assert f"desktop_app.cli.{name}" in modules
    files = {
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for p in (ROOT / "desktop_app").rglob("*.py")
        if "__pycache__" not in p.parts and p.stem != "__main__"
    }
    assert set(modules) == files
    for lazy in ("desktop_app.ui.app", "desktop_app.ui.main_window", "desktop_app.store.migrate"):
        assert lazy in modules


def test_migrations_import_only_what_the_bundle_has():
    # Migrations are loaded from files at run time, so PyInstaller never sees
    # their imports: they may use the standard library, peewee and desktop_app only.
    allowed_third_party = {"peewee", "desktop_app"}
    import sys

    for path in (ROOT / "db/migrations").glob("m*.py"):
        for match in re.finditer(r"^\s*(?:from|import)\s+([\w]+)", path.read_text(), re.M):
            top = match.group(1)
            assert (
                top in sys.stdlib_module_names or top in allowed_third_party or top == "__future__"
            ), f"{path.name} imports {top}: add it to the spec's hidden imports"


def test_the_spec_builds_from_these_lists(contents):
    spec = (PACKAGING / "avtalsregister.spec").read_text(encoding="utf-8")
    for use in (
        "bundle_contents.data_files(ROOT)",
        "bundle_contents.package_modules(ROOT)",
        "bundle_contents.DRIVER_IMPORTS",
        "bundle_contents.EXCLUDES",
        "bundle_contents.QT_TRANSLATIONS",
        "bundle_contents.write_manifest(",
        'SPEC_DIR / "launcher.py"',
        'project_version(ROOT / "pyproject.toml")',
        'copy_metadata("avtalsregister")',
    ):
        assert use in spec, use
    assert "console=False" in spec and "console=True" in spec
    assert "psycopg2" in contents.DRIVER_IMPORTS
    assert not any(
        e.startswith(("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg"))
        for e in contents.EXCLUDES
    )


def test_the_application_icon_exists_for_the_executables():
    assert (ROOT / "resources/icons/avtalsregister.ico").is_file()
    spec = (PACKAGING / "avtalsregister.spec").read_text(encoding="utf-8")
    assert '"resources" / "icons" / "avtalsregister.ico"' in spec


def test_nothing_writes_relative_to_the_program_files():
    # The program folder is read-only territory: only paths.py may locate
    # files relative to the code, and only to read db/ and resources/.
    pattern = re.compile(r"__file__|sys\.executable|_MEIPASS")
    offenders = []
    for path in (ROOT / "desktop_app").rglob("*.py"):
        if path.name == "paths.py" and path.parent.name == "desktop_app":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line) and not line.lstrip().startswith("#"):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders, "\n".join(offenders)
    source = (ROOT / "desktop_app/paths.py").read_text(encoding="utf-8")
    assert "user_data_dir(" in source and "roaming=False" in source


def test_manifest_lists_what_the_bundle_check_expects(contents, tmp_path):
    import json

    target = contents.write_manifest(ROOT, "9.8.7", tmp_path / "m.json")
    manifest = json.loads(target.read_text(encoding="utf-8"))
    assert manifest["version"] == "9.8.7"
    assert manifest["files"] == contents.data_files(ROOT)
    assert manifest["modules"] == contents.package_modules(ROOT)
    assert manifest["ts_files"] == contents.translation_sources(ROOT)
