"""The bench's quality block: both pipelines ranked and scored on the same judged queries."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest

from bawaba.bench import Corpus, bawaba_side, haystack_side, quality, quality_table
from bawaba.catalog.model import Concept, Scheme, Service
from bawaba.evaluation.data import Query
from bawaba.search.documents import IndexedService
from bawaba.search.embedder import Embedder, Matrix, make_embedder

pytest.importorskip("haystack")

SERVICES = [
    ("passeport", "Renouvellement du passeport", "تجديد جواز السفر", "Déposer la demande."),
    ("cnie", "Carte nationale d'identité", "البطاقة الوطنية للتعريف", "Première demande."),
    ("permis", "Permis de conduire", "رخصة السياقة", "Examen théorique et pratique."),
    ("naissance", "Acte de naissance", "عقد الازدياد", "Copie intégrale à l'état civil."),
]


class QueriesOnly:
    """The hash embedder for queries; passages must come from the corpus vectors."""

    def __init__(self, real: Embedder) -> None:
        self.real = real
        self.id, self.dim = real.id, real.dim

    def embed_queries(self, texts: list[str]) -> Matrix:
        return self.real.embed_queries(texts)

    def embed_passages(self, texts: list[str]) -> Matrix:
        raise AssertionError(f"re-embedded {len(texts)} passage(s)")


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    services = [
        Service(
            id=sid,
            title={"fr": fr, "ar": ar},
            description={"fr": desc, "ar": ar},
            themes=["identite"],
        )
        for sid, fr, ar, desc in SERVICES
    ]
    theme = Concept(
        scheme=Scheme.THEME, notation="identite", label={"fr": "Identité", "en": "Identity"}
    )
    texts = [t for s in services for _, t in IndexedService.from_service(s).passages()]
    matrix = make_embedder("hash").embed_passages(texts)
    vectors: dict[str, npt.NDArray[np.float32]] = dict(zip(texts, matrix, strict=True))
    return Corpus(services, vectors, [theme])


QUERIES = [
    Query("q1", "renouvellement passeport", {"variety": "fr"}),
    Query("q2", "رخصة السياقة", {"variety": "ar"}),
    Query("q3", "acte de naissance", {"variety": "fr"}),
    Query("q4", "weather tomorrow", {"variety": "en"}),  # out of scope: not judged
]
QRELS = {"q1": {"passeport": 1}, "q2": {"permis": 1}, "q3": {"naissance": 1}}


def test_both_pipelines_scored_per_variety_without_re_embedding(corpus: Corpus) -> None:
    embedder = QueriesOnly(make_embedder("hash"))
    speed_b, bawaba = bawaba_side(corpus, embedder, ["passeport"])
    speed_h, peer = haystack_side(corpus, embedder, ["passeport"])
    assert speed_b["query_ms"]["p50"] > 0 and speed_h["query_ms"]["p50"] > 0

    scores = quality({"bawaba": bawaba, "haystack": peer}, QUERIES, QRELS)

    for result in scores.values():
        assert set(result["varieties"]) == {"fr", "ar"}
        assert result["varieties"]["fr"]["n"] == 2 and result["overall"]["n"] == 3
        assert set(result["overall"]) == {"n", "recall@1", "recall@5", "mrr@10", "ndcg@10"}
        # Exact titles: any sane hybrid ranks them first.
        assert result["overall"]["recall@1"] == 1.0
    table = quality_table(scores).splitlines()
    assert len(table) == 1 + 3 * 2 and table[-1].startswith("overall")


def test_peer_returns_each_service_once(corpus: Corpus) -> None:
    _, peer = haystack_side(corpus, make_embedder("hash"), ["permis"])
    ranked = [sid for sid, _ in peer("passeport identité Identity")]
    assert len(ranked) == len(set(ranked)) == len(SERVICES)
    assert ranked[0] == "passeport"


def test_synthetic_copies_fold_into_the_procedure_they_copy() -> None:
    queries = [Query(id="q1", text="passeport", metadata={"variety": "fr"})]
    qrels = {"q1": {"passeport": 1}}

    def copies_first(_text: str) -> list[tuple[str, float]]:
        return [("passeport-syn300", 0.9), ("cnie", 0.8), ("passeport", 0.7)]

    scores = quality({"copies": copies_first}, queries, qrels)["copies"]["overall"]
    assert scores["recall@1"] == 1.0
