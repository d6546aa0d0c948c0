"""The `bawaba` command line. Each command parses, calls one core function, prints."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress

from bawaba.errors import BawabaError, InvalidInputError
from bawaba.settings import Settings

app = typer.Typer(
    help="Bawaba (بوابة): the unified portal of public services.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Database schema (Alembic migrations).", no_args_is_help=True)
app.add_typer(db_app, name="db")
err = Console(stderr=True)
out = Console()


def _context():  # type: ignore[no-untyped-def]
    from bawaba.context import Context

    return Context(Settings.from_env())


def _fail(exc: BawabaError) -> typer.Exit:
    text = exc.report() if isinstance(exc, InvalidInputError) else exc.message
    err.print(f"[bold red]error:[/] {text}", highlight=False, markup=True, soft_wrap=True)
    return typer.Exit(exc.exit_code)


@db_app.command("upgrade")
def db_upgrade(revision: str = "head") -> None:
    """Create or migrate the schema (idempotent)."""
    from bawaba.catalog.db import upgrade

    try:
        ctx = _context()
        upgrade(ctx.engine, revision)
    except BawabaError as exc:
        raise _fail(exc) from exc
    out.print(f"schema at {revision} on {ctx.engine.url.render_as_string(hide_password=True)}")


@db_app.command("downgrade")
def db_downgrade(revision: str) -> None:
    """Migrate the schema down to REVISION ("base" drops every table)."""
    from bawaba.catalog.db import downgrade

    downgrade(_context().engine, revision)


@app.command("revision")
def show_revision() -> None:
    """Print the catalog revision and counts."""
    try:
        store = _context().store
        store.check()
        out.print(f"revision {store.revision()}: {store.count_services()} service(s)")
    except BawabaError as exc:
        raise _fail(exc) from exc


@app.command("import")
def import_cmd(
    files: Annotated[list[Path], typer.Argument(help="CPSV-AP JSON-LD/Turtle/RDF-XML, SKOS, or Bawaba JSON files")],
    actor: Annotated[str, typer.Option(help="Who is importing (kept in the revision log)")] = "cli",
) -> None:
    """Import catalog files. Each file is all-or-nothing; re-importing the same file changes nothing."""
    from bawaba.catalog.importing import import_files

    ctx = _context()
    try:
        with Progress(console=err, transient=True) as progress:
            task = progress.add_task("importing", total=len(files))

            def step(path: Path) -> None:
                progress.update(task, advance=1, description=f"importing {path.name}")

            reports = import_files(
                ctx.store, files, max_bytes=ctx.settings.max_import_bytes, on_file=step
            )
    except BawabaError as exc:
        raise _fail(exc) from exc
    for r in reports:
        res = r.result
        out.print(
            f"{r.path.name}: {r.services} service(s) — {len(res.created)} created, "
            f"{len(res.updated)} updated, {res.unchanged} unchanged, "
            f"{res.concepts_changed} concept(s), {res.organisations_changed} organisation(s) "
            f"changed → revision {res.revision}",
            highlight=False,
        )


@app.command("export")
def export_cmd(
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonld, ttl, json or csv")] = "jsonld",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout)")] = None,
) -> None:
    """Export the whole catalog (CPSV-AP JSON-LD/Turtle validate against the official SHACL shapes)."""
    from bawaba.catalog.exporter import export

    try:
        store = _context().store
        store.check()
        text = export(store.bundle(), fmt)
    except BawabaError as exc:
        raise _fail(exc) from exc
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        err.print(f"wrote {output} ({len(text.encode()) / 1e3:.0f} kB)")


@app.command("validate")
def validate_cmd(
    file: Path,
    shapes: Annotated[Path, typer.Option(help="SHACL shapes file, e.g. the official cpsv-ap-SHACL.ttl")],
) -> None:
    """Validate an RDF file against SHACL shapes; exit 1 on any violation."""
    from rdflib import Graph

    from bawaba.catalog.shacl import validate

    report = validate(Graph().parse(file), shapes)
    out.print(report.text(), highlight=False)
    raise typer.Exit(0 if report.conforms else 1)


@app.command("history")
def history_cmd(service_id: str) -> None:
    """Show the revision history of one service."""
    try:
        entries = _context().store.history(service_id)
    except BawabaError as exc:
        raise _fail(exc) from exc
    for h in entries:
        out.print(
            f"r{h.revision} {h.created_at:%Y-%m-%d %H:%M} {h.action:8} by {h.actor} from "
            f"{h.source}: {', '.join(h.changed_fields)}",
            highlight=False,
        )


@app.command("demo")
def demo_cmd() -> None:
    """Load the demo catalog shipped with Bawaba (idempotent)."""
    from bawaba.catalog.demo import demo_files

    import_cmd(demo_files(), actor="demo")


@app.command("serve")
def serve_cmd(
    host: str = "127.0.0.1",
    port: int = 8000,
    reload: bool = False,
) -> None:
    """Serve the portal and the API."""
    import uvicorn

    uvicorn.run(
        "bawaba.web.app:create_app_from_env", factory=True, host=host, port=port, reload=reload
    )


def main() -> None:
    app()


if __name__ == "__main__":
    main()
