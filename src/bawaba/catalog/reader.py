"""Read an import file (CPSV-AP JSON-LD, Turtle, RDF/XML, N-Triples, or Bawaba JSON) into a
`CatalogBundle`, refusing anything malformed, oversized or that would reach the network."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from rdflib import Graph

from bawaba.catalog.model import CatalogBundle
from bawaba.catalog.rdf_import import bundle_from_graph
from bawaba.errors import InputTooLargeError, InvalidInputError, Problem, UnsupportedFormatError

FORMATS = {
    ".jsonld": "json-ld",
    ".json": "json",
    ".ttl": "turtle",
    ".rdf": "xml",
    ".owl": "xml",
    ".xml": "xml",
    ".nt": "nt",
    ".n3": "n3",
    ".trig": "trig",
}
NATIVE_FORMAT = "bawaba-catalog"

# Remote JSON-LD contexts we know and ship; any other remote context is refused (no fetching).
_KNOWN_CONTEXTS = {
    "https://semiceu.github.io/uri.semic.eu-generated/CPSV-AP/releases/3.2.0/context/cpsv-ap.jsonld": (
        "cpsv-ap/context-3.2.0.jsonld"
    ),
}


def _shipped_context(name: str) -> Any:
    data = (resources.files("bawaba") / "data" / name).read_text(encoding="utf-8")
    return json.loads(data)["@context"]


def _inline_contexts(node: Any, problems: list[Problem], path: str = "$") -> Any:
    """Replace known remote @context URLs by the shipped copy; flag unknown ones."""
    if isinstance(node, list):
        return [_inline_contexts(v, problems, f"{path}[{i}]") for i, v in enumerate(node)]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "@context":
            out[key] = _resolve_context(value, problems, f"{path}.@context")
        else:
            out[key] = _inline_contexts(value, problems, f"{path}.{key}")
    return out


def _resolve_context(value: Any, problems: list[Problem], path: str) -> Any:
    if isinstance(value, list):
        return [_resolve_context(v, problems, path) for v in value]
    if isinstance(value, str):
        if value in _KNOWN_CONTEXTS:
            return _shipped_context(_KNOWN_CONTEXTS[value])
        problems.append(
            Problem(
                path,
                f"remote JSON-LD context {value!r} is not fetched (Bawaba never reaches the "
                "network on import): inline the context in the file",
            )
        )
        return {}
    if isinstance(value, dict) and "@import" in value:
        problems.append(Problem(path, "@import of a remote context is not allowed"))
    return value


def _load_json(raw: bytes, name: str) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InvalidInputError(
            f"{name}: not UTF-8 text (byte {exc.start}); save the file as UTF-8",
            [Problem(name, str(exc))],
        ) from exc
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            f"{name}: malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg} "
            "(is the file truncated?)",
            [Problem(f"{name}:{exc.lineno}:{exc.colno}", exc.msg)],
        ) from exc


def _native(data: dict[str, Any], name: str) -> CatalogBundle:
    version = data.get("version")
    if version != 1:
        raise InvalidInputError(f"{name}: unsupported {NATIVE_FORMAT} version {version!r} (need 1)")
    body = {k: v for k, v in data.items() if k not in {"format", "version"}}
    try:
        return CatalogBundle.model_validate(body)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = list(err["loc"])
            where = ".".join(str(x) for x in loc)
            if len(loc) >= 2 and loc[0] == "services" and isinstance(loc[1], int):
                sid = (body.get("services") or [{}])[loc[1]]
                sid = sid.get("id", "?") if isinstance(sid, dict) else "?"
                where = f"service {sid!r} ({where})"
            problems.append(Problem(where, str(err["msg"])))
        raise InvalidInputError(
            f"{name}: {len(problems)} invalid field(s); nothing was imported", problems
        ) from exc


def parse_bytes(raw: bytes, name: str, fmt: str | None = None) -> CatalogBundle:
    """Parse one file's bytes; `fmt` is an rdflib format name, "json" or None (from `name`)."""
    suffix = Path(name).suffix.lower()
    fmt = fmt or FORMATS.get(suffix)
    if fmt is None:
        raise UnsupportedFormatError(
            f"{name}: unknown file type {suffix!r}; use one of {', '.join(sorted(FORMATS))}"
        )
    if not raw.strip():
        raise InvalidInputError(f"{name}: the file is empty")
    problems: list[Problem] = []
    if fmt in {"json", "json-ld"}:
        data = _load_json(raw, name)
        if isinstance(data, dict) and data.get("format") == NATIVE_FORMAT:
            return _native(data, name)
        if not isinstance(data, (dict, list)):
            raise InvalidInputError(f"{name}: expected a JSON-LD object or array")
        data = _inline_contexts(data, problems)
        if problems:
            raise InvalidInputError(f"{name}: refused JSON-LD context", problems)
        source: str | bytes = json.dumps(data)
        fmt = "json-ld"
    else:
        source = raw
    graph = Graph()
    try:
        graph.parse(data=source, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific exception types
        raise InvalidInputError(
            f"{name}: not valid {fmt}: {str(exc).splitlines()[0][:300] if str(exc) else type(exc).__name__}",
            [Problem(name, f"{type(exc).__name__}: {exc}"[:500])],
        ) from exc
    if len(graph) == 0:
        raise InvalidInputError(f"{name}: the file holds no RDF statements")
    bundle, problems = bundle_from_graph(graph)
    if problems:
        raise InvalidInputError(
            f"{name}: {len(problems)} problem(s); nothing was imported", problems
        )
    if not (bundle.services or bundle.concepts or bundle.organisations):
        raise InvalidInputError(
            f"{name}: no cpsv:PublicService, organisation or SKOS concept found in the file"
        )
    return bundle


def read_file(path: Path, max_bytes: int) -> CatalogBundle:
    """Read and parse `path`, refusing files larger than `max_bytes` before reading them."""
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise InvalidInputError(f"{path}: no such file") from exc
    if path.is_dir():
        raise InvalidInputError(f"{path}: is a folder; name the files to import")
    if size > max_bytes:
        raise InputTooLargeError(
            f"{path}: {size / 1e6:.1f} MB is larger than the {max_bytes / 1e6:.0f} MB limit "
            "(BAWABA_MAX_IMPORT_BYTES); split the file or raise the limit"
        )
    return parse_bytes(path.read_bytes(), path.name)
