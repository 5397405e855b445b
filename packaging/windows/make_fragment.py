"""Write the WiX fragment that installs every file of the PyInstaller folder.

WiX v3's ``heat`` harvester is gone from v5, and v5's ``<Files>`` wildcard
makes one component per file with the file as key path, which a per-user
install into the user's profile may not have (ICE38/ICE64/ICE91 want an HKCU
key path and a RemoveFolder for every folder). So the harvest is this small
script, run after PyInstaller and before ``wix build``:

    python packaging/windows/make_fragment.py dist/avtalsregister build/AppFiles.wxs

It makes one component per folder of the bundle holding that folder's files,
an HKCU registry value as key path and a RemoveFolder. Ids and component
GUIDs are derived from the relative paths (and, for a GUID, the folder's file
list), so the same bundle always gives the same fragment, and a folder whose
contents change gets a new GUID, as the component rules require. File
sources are written as ``$(var.BundleDir)\\...`` so the fragment does not
depend on where the build ran.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

WIX_NS = "http://wixtoolset.org/schemas/v4/wxs"
# Must stay equal to Package.wxs's UpgradeCode: the namespace of our GUIDs.
UPGRADE_CODE = uuid.UUID("BAB2692F-F070-487F-BF26-1EF7EAAF6B2C")
INSTALL_DIR_ID = "INSTALLFOLDER"
COMPONENT_GROUP = "AppFiles"
REGISTRY_KEY = r"Software\Avtalsregister\Installer\Components"
REQUIRED = ("avtalsregister-gui.exe", "avtalsregister.exe")
ET.register_namespace("", WIX_NS)


@dataclass
class Folder:
    """One folder of the bundle: its path relative to the bundle and its files."""

    relative: str
    files: list[str] = field(default_factory=list)
    children: list[Folder] = field(default_factory=list)


def _element(parent: ET.Element, tag: str, **attributes: str) -> ET.Element:
    return ET.SubElement(parent, f"{{{WIX_NS}}}{tag}", attributes)


def wix_id(prefix: str, relative: str) -> str:
    """A valid, stable WiX identifier (letters, digits, '_', at most 72 chars)."""
    digest = hashlib.sha1(relative.encode("utf-8")).hexdigest()[:20]
    return f"{prefix}_{digest}"


def scan(bundle: Path, relative: str = "") -> Folder:
    """The folder tree of ``bundle``, sorted so the output is reproducible."""
    folder = Folder(relative)
    here = bundle / relative if relative else bundle
    for entry in sorted(here.iterdir(), key=lambda p: p.name):
        child = f"{relative}/{entry.name}" if relative else entry.name
        if entry.is_symlink() and entry.is_dir():
            raise SystemExit(f"{entry}: a folder link cannot go into an MSI")
        if entry.is_dir():
            folder.children.append(scan(bundle, child))
        elif entry.is_file():
            folder.files.append(child)
    return folder


def _windows(relative: str) -> str:
    return relative.replace("/", "\\")


def _add_directories(parent: ET.Element, folder: Folder) -> None:
    for child in folder.children:
        element = _element(
            parent,
            "Directory",
            Id=wix_id("d", child.relative),
            Name=child.relative.rsplit("/", 1)[-1],
        )
        _add_directories(element, child)


def _add_components(group: ET.Element, folder: Folder) -> int:
    directory = wix_id("d", folder.relative) if folder.relative else INSTALL_DIR_ID
    seed = "\n".join([folder.relative or ".", *folder.files])
    component = _element(
        group,
        "Component",
        Id=wix_id("c", folder.relative or "."),
        Directory=directory,
        Guid=str(uuid.uuid5(UPGRADE_CODE, seed)).upper(),
    )
    _element(
        component,
        "RegistryValue",
        Root="HKCU",
        Key=REGISTRY_KEY,
        Name=folder.relative or ".",
        Type="integer",
        Value="1",
        KeyPath="yes",
    )
    _element(component, "RemoveFolder", Id=wix_id("r", folder.relative or "."), On="uninstall")
    for relative in folder.files:
        _element(
            component,
            "File",
            Id=wix_id("f", relative),
            Source=f"$(var.BundleDir)\\{_windows(relative)}",
        )
    count = len(folder.files)
    for child in folder.children:
        count += _add_components(group, child)
    return count


def _all_paths(folder: Folder) -> list[str]:
    paths = [folder.relative, *folder.files] if folder.relative else list(folder.files)
    for child in folder.children:
        paths += _all_paths(child)
    return paths


def build_fragment(bundle: Path) -> tuple[ET.ElementTree, int]:
    """The fragment for ``bundle`` and the number of files it installs."""
    missing = [name for name in REQUIRED if not (bundle / name).is_file()]
    if missing:
        raise SystemExit(f"{bundle} is not a Windows bundle: missing {', '.join(missing)}")
    tree = scan(bundle)
    seen: dict[str, str] = {}
    for relative in _all_paths(tree):
        # Windows folds case: two names differing only in case are one file.
        clash = seen.setdefault(relative.lower(), relative)
        if clash != relative:
            raise SystemExit(f"{clash} and {relative} are the same file on Windows")
    root = ET.Element(f"{{{WIX_NS}}}Wix")
    fragment = ET.SubElement(root, "Fragment")
    directories = _element(fragment, "DirectoryRef", Id=INSTALL_DIR_ID)
    _add_directories(directories, tree)
    group = _element(fragment, "ComponentGroup", Id=COMPONENT_GROUP)
    count = _add_components(group, tree)
    ET.indent(root)
    return ET.ElementTree(root), count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the PyInstaller folder (dist/avtalsregister)")
    parser.add_argument("output", type=Path, help="the .wxs fragment to write")
    args = parser.parse_args(argv)
    tree, count = build_fragment(args.bundle)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    tree.write(args.output, encoding="utf-8", xml_declaration=True)
    print(f"{args.output}: {count} files from {args.bundle}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
