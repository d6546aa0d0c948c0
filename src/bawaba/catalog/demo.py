"""The project's own demo catalog, shipped inside the package."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def demo_files() -> list[Path]:
    """Taxonomy first, then organisations, then services: the order references need."""
    root = Path(str(resources.files("bawaba") / "data" / "demo"))
    files = [root / "taxonomy.ttl", root / "organisations.json"]
    files += sorted(root.glob("services-*.json"))
    return [f for f in files if f.exists()]
