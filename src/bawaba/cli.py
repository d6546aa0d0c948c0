"""The `bawaba` command line. Each command parses, calls one core function, prints."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import Progress

from bawaba.errors import BawabaError, InvalidInputError
from bawaba.settings import Settings

if TYPE_CHECKING:  # heavy modules load only when a command needs them
    from bawaba.context import Context
    from bawaba.runtime import Bawaba

app = typer.Typer(
    help="Bawaba (بوابة): the unified portal of public services.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Database schema (Alembic migrations).", no_args_is_help=True)
app.add_typer(db_app, name="db")
err = Console(stderr=True)
out = Console()


def _context() -> Context:
    from bawaba.context import Context

    return Context(Settings.from_env())


def _emit(result: object, as_json: bool) -> None:
    """One JSON line for scripts (`--json`), pretty JSON for people."""
    text = json.dumps(result, ensure_ascii=False)
    if as_json:
        sys.stdout.write(text + "\n")
    else:
        out.print_json(text)


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
    files: Annotated[
        list[Path],
        typer.Argument(help="CPSV-AP JSON-LD/Turtle/RDF-XML, SKOS, or Bawaba JSON files"),
    ],
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
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: stdout)")
    ] = None,
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
    shapes: Annotated[
        Path, typer.Option(help="SHACL shapes file, e.g. the official cpsv-ap-SHACL.ttl")
    ],
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


index_app = typer.Typer(help="The search index.", no_args_is_help=True)
app.add_typer(index_app, name="index")
eval_app = typer.Typer(
    help="Measure quality: search, BEIR data sets, transliteration, assistant.",
    no_args_is_help=True,
)
app.add_typer(eval_app, name="eval")


def _runtime() -> Bawaba:
    from bawaba.runtime import Bawaba

    return Bawaba(Settings.from_env())


@index_app.command("build")
def index_build() -> None:
    """(Re)build the search index from the catalog; only new or changed passages are embedded."""
    rt = _runtime()
    try:
        pending = rt.pending_embeddings()
        with Progress(console=err, transient=True) as progress:
            task = progress.add_task("embedding passages", total=max(pending, 1))
            index = rt.build_index(on_embed=lambda n: progress.update(task, advance=n))
    except BawabaError as exc:
        raise _fail(exc) from exc
    m = index.manifest()
    out.print(
        f"indexed {m['services']} service(s), {m['passages']} passage(s) at revision "
        f"{m['catalog_revision']} with {m['embedder']} ({pending} embedded now)",
        highlight=False,
    )


@app.command("search")
def search_cmd(
    query: str,
    lang: Annotated[
        str | None, typer.Option(help="Interface language hint (fr, ar, en, es)")
    ] = None,
    theme: Annotated[
        list[str] | None, typer.Option(help="Filter by theme notation (repeatable)")
    ] = None,
    life_event: Annotated[list[str] | None, typer.Option(help="Filter by life event")] = None,
    audience: Annotated[list[str] | None, typer.Option(help="Filter by audience")] = None,
    authority: Annotated[list[str] | None, typer.Option(help="Filter by authority id")] = None,
    region: Annotated[list[str] | None, typer.Option(help="Filter by region notation")] = None,
    online: Annotated[bool | None, typer.Option(help="Only services available online")] = None,
    limit: int = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON")] = False,
) -> None:
    """Search the catalog in any language, Darija and Arabizi included."""
    from dataclasses import asdict

    from bawaba.search.engine import Filters

    filters = Filters(
        themes=tuple(theme or ()),
        life_events=tuple(life_event or ()),
        audiences=tuple(audience or ()),
        authorities=tuple(authority or ()),
        regions=tuple(region or ()),
        online=online,
    )
    rt = _runtime()
    try:
        result = rt.search(
            query, lang=lang, filters=filters, per_page=limit, display_language=lang or "fr"
        )
    except BawabaError as exc:
        raise _fail(exc) from exc
    if as_json:
        sys.stdout.write(json.dumps(asdict(result), ensure_ascii=False, indent=1) + "\n")
        return
    out.print(f"[dim]variety {result.variety} · {result.interpreted or result.query}[/]")
    for rank, hit in enumerate(result.hits, 1):
        title = hit.title.get(lang or "fr") or next(iter(hit.title.values()))
        out.print(f"{rank:2}. {hit.score:.3f}  {hit.id}  {title}", highlight=False)


@eval_app.command("search")
def eval_search(
    catalog: Annotated[list[Path], typer.Option(help="Catalog file(s) to index (repeatable)")],
    queries: Annotated[Path, typer.Option(help="BEIR queries.jsonl (metadata.variety per query)")],
    qrels: Annotated[Path, typer.Option(help="BEIR qrels TSV")],
    taxonomy: Annotated[Path | None, typer.Option(help="SKOS taxonomy imported first")] = None,
    database: Annotated[
        str | None, typer.Option(help="Database URL (default: a temporary SQLite)")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object")] = False,
) -> None:
    """Search quality per query variety, with the BM25 and dense baselines from the same run."""
    from bawaba.evaluation.search_eval import evaluate_search
    from bawaba.search.embedder import make_embedder

    settings = Settings.from_env()
    try:
        result = evaluate_search(
            catalog,
            taxonomy,
            queries,
            qrels,
            make_embedder(settings.embedder),
            database_url=database,
            cache_dir=settings.index_dir / "embeddings",
            on_progress=lambda msg: err.print(f"[dim]{msg}…[/]"),
        )
    except BawabaError as exc:
        raise _fail(exc) from exc
    if as_json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        return
    _print_table(result)


def _print_table(result: dict) -> None:  # type: ignore[type-arg]
    from rich.table import Table

    table = Table("variety", "n", "R@1", "R@5", "MRR@10", "nDCG@10", "bm25 R@5", "dense R@5")
    rows = {**result["varieties"], "overall": result["overall"]}
    for name, m in rows.items():
        b = (
            result["baselines"]["bm25"]["varieties"].get(name)
            or result["baselines"]["bm25"]["overall"]
        )
        d = (
            result["baselines"]["dense"]["varieties"].get(name)
            or result["baselines"]["dense"]["overall"]
        )
        table.add_row(
            name,
            str(m["n"]),
            f"{m['recall@1']:.3f}",
            f"{m['recall@5']:.3f}",
            f"{m['mrr@10']:.3f}",
            f"{m['ndcg@10']:.3f}",
            f"{b['recall@5']:.3f}",
            f"{d['recall@5']:.3f}",
        )
    out.print(table)
    out.print(f"latency p50 {result['latency_ms']['p50']} ms, p95 {result['latency_ms']['p95']} ms")


@app.command("ask")
def ask_cmd(
    question: str,
    lang: Annotated[
        str | None, typer.Option(help="Interface language: ar, fr, en, es or zgh")
    ] = None,
    conversation: Annotated[
        str | None, typer.Option(help="conversation_id of a previous answer")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the answer as JSON")] = False,
) -> None:
    """Ask the grounded assistant, as the /ask page does."""
    from bawaba.assistant.assistant import Assistant

    rt = _runtime()
    try:
        answer = Assistant.from_settings(rt, rt.settings).ask(question, lang, conversation)
    except BawabaError as exc:
        raise _fail(exc) from exc
    if as_json:
        sys.stdout.write(json.dumps(answer.to_json(), ensure_ascii=False, indent=1) + "\n")
        return
    out.print(
        f"[dim]{answer.status.value} · {answer.detected_variety} · {answer.conversation_id}[/]"
    )
    out.print(answer.answer, highlight=False, markup=False)


@eval_app.command("assistant")
def eval_assistant(
    catalog: Annotated[list[Path], typer.Option(help="Catalog file(s) (repeatable)")],
    queries: Annotated[Path, typer.Option(help="BEIR queries.jsonl")],
    qrels: Annotated[Path, typer.Option(help="BEIR qrels TSV (unjudged queries = out of scope)")],
    taxonomy: Annotated[Path | None, typer.Option(help="SKOS taxonomy imported first")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object")] = False,
) -> None:
    """Assistant quality: right service, clarifications, abstentions, fabricated facts."""
    from bawaba.evaluation.assistant_eval import evaluate_assistant
    from bawaba.search.embedder import make_embedder

    settings = Settings.from_env()
    try:
        result = evaluate_assistant(
            catalog,
            taxonomy,
            queries,
            qrels,
            make_embedder(settings.embedder),
            cache_dir=settings.index_dir / "embeddings",
            on_progress=lambda msg: err.print(f"[dim]{msg}…[/]"),
        )
    except BawabaError as exc:
        raise _fail(exc) from exc
    _emit(result, as_json)


@eval_app.command("beir")
def eval_beir(
    corpus: Annotated[Path, typer.Option(help="BEIR corpus.jsonl")],
    queries: Annotated[Path, typer.Option(help="BEIR queries.jsonl")],
    qrels: Annotated[Path, typer.Option(help="BEIR qrels TSV")],
    metric: Annotated[
        list[str] | None, typer.Option(help="ranx metric, e.g. map@20 (repeatable)")
    ] = None,
    lexical_weight: Annotated[
        float, typer.Option(help="BM25 share in the fusion (0 = dense only)")
    ] = 0.0,
    center: Annotated[
        bool, typer.Option(help="Language-centre the vectors (language-neutral ranking)")
    ] = True,
    feedback_weight: Annotated[
        float | None,
        typer.Option(help="Pseudo-relevance feedback weight (0 = off; default 2.0)"),
    ] = None,
    neighbour_weight: Annotated[
        float | None,
        typer.Option(help="Share of a passage's neighbours in its score (0 = off; default 0.7)"),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object")] = False,
) -> None:
    """Retrieval quality on any BEIR-format data set (e.g. XQuAD-R, 11 languages)."""
    from dataclasses import replace

    from bawaba.evaluation.beir_eval import evaluate_beir
    from bawaba.evaluation.crosslingual import PoolParams
    from bawaba.search.embedder import make_embedder

    settings = Settings.from_env()
    params = PoolParams(center=center)
    if feedback_weight is not None:
        params = replace(params, feedback_weight=feedback_weight)
    if neighbour_weight is not None:
        params = replace(params, neighbour_weight=neighbour_weight)
    with Progress(console=err, transient=True) as progress:
        task = progress.add_task("embedding corpus", total=None)
        result = evaluate_beir(
            corpus,
            queries,
            qrels,
            metric or ["map@20"],
            make_embedder(settings.embedder),
            cache_dir=settings.index_dir / "embeddings",
            on_progress=lambda n: progress.update(task, advance=n),
            lexical_weight=lexical_weight,
            params=params,
        )
    _emit(result, as_json)


@eval_app.command("translit")
def eval_translit(
    pairs: Annotated[Path, typer.Option(help="TSV with columns latin and arabic")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object")] = False,
) -> None:
    """Arabizi → Arabic script: word accuracy, character error rate, cross-script recall@1."""
    from bawaba.text.translit_eval import evaluate_transliteration, read_pairs

    try:
        result = evaluate_transliteration(read_pairs(pairs))
    except (OSError, ValueError) as exc:
        err.print(f"[bold red]error:[/] {pairs}: {exc}")
        raise typer.Exit(65) from exc
    _emit(result, as_json)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
