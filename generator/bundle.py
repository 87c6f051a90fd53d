"""Merge openapi/strait.yaml and the route files in openapi/paths/ into one document.

The document is split so that each group of routes can be read and edited alone. Every
`$ref` points into the merged document (`#/components/...`), so the parts are simply
combined: the paths, and each kind of component, of every file. A path, method or component
defined twice is an error rather than a silent override.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROOT_DOCUMENT = "strait.yaml"
ROUTES_FOLDER = "paths"


class BundleError(Exception):
    """The parts of the document cannot be merged; the message names the file and the key."""


def _read(path: Path) -> dict[str, Any]:
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise BundleError(f"cannot read {path}: {error}") from error

    if not isinstance(document, dict):
        raise BundleError(f"{path} does not contain a mapping at the top level")
    return document


def _merge_paths(target: dict[str, Any], part: dict[str, Any], source: Path) -> None:
    for route, item in (part.get("paths") or {}).items():
        existing = target.setdefault(route, {})
        for key, value in item.items():
            if key in existing:
                raise BundleError(f"{source}: {key} {route} is already defined in another file")
            existing[key] = value


def _merge_components(target: dict[str, Any], part: dict[str, Any], source: Path) -> None:
    for kind, entries in (part.get("components") or {}).items():
        existing = target.setdefault(kind, {})
        for name, value in (entries or {}).items():
            if name in existing:
                raise BundleError(f"{source}: components.{kind}.{name} is already defined")
            existing[name] = value


def bundle(folder: Path) -> dict[str, Any]:
    """Return the merged document of `folder` (the repository's openapi/ folder)."""
    document = _read(folder / ROOT_DOCUMENT)
    paths: dict[str, Any] = dict(document.get("paths") or {})
    components: dict[str, Any] = {
        kind: dict(entries or {}) for kind, entries in (document.get("components") or {}).items()
    }

    for part_path in sorted((folder / ROUTES_FOLDER).glob("*.yaml")):
        part = _read(part_path)
        unknown = set(part) - {"paths", "components"}
        if unknown:
            raise BundleError(f"{part_path}: unexpected top-level keys {sorted(unknown)}")
        _merge_paths(paths, part, part_path)
        _merge_components(components, part, part_path)

    document["paths"] = dict(sorted(paths.items()))
    document["components"] = components
    return document
