"""Build a CPSV-AP 3.2.0 RDF graph from a `CatalogBundle` (valid against the official shapes)."""

from __future__ import annotations

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS, XSD

from bawaba.catalog.model import CatalogBundle, Concept, LangText, Organisation, Service
from bawaba.catalog.vocab import (
    BASE,
    BW,
    CPSV,
    CV,
    DCAT,
    DCT,
    EU_COUNTRY,
    EU_CURRENCY,
    EU_LANGUAGE,
    FOAF,
    LANGUAGE_IRIS,
    concept_iri,
    organisation_iri,
    scheme_iri,
    service_iri,
)

_STEP_TITLE: LangText = {"fr": "Étapes", "ar": "المراحل", "en": "Steps"}


def _add_text(g: Graph, s: URIRef | BNode, p: URIRef, text: LangText) -> None:
    for lang, value in sorted(text.items()):
        g.add((s, p, Literal(value, lang=lang)))


def _concept_ref(c: Concept) -> URIRef:
    return URIRef(c.iri or concept_iri(c.scheme.value, c.notation))


def new_graph() -> Graph:
    g = Graph()
    for prefix, ns in {
        "cpsv": CPSV,
        "cv": CV,
        "dct": DCT,
        "dcat": DCAT,
        "skos": SKOS,
        "foaf": FOAF,
        "bw": BW,
        "xsd": XSD,
    }.items():
        g.bind(prefix, ns)
    return g


def _add_concept(g: Graph, c: Concept) -> None:
    node = _concept_ref(c)
    scheme = URIRef(scheme_iri(c.scheme.value))
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((node, RDF.type, SKOS.Concept))
    g.add((node, SKOS.inScheme, scheme))
    g.add((node, SKOS.notation, Literal(c.notation)))
    _add_text(g, node, SKOS.prefLabel, c.label)
    _add_text(g, node, SKOS.definition, c.definition)
    if c.scheme.value == "region":
        g.add((node, RDF.type, DCT.Location))


def _add_organisation(g: Graph, o: Organisation) -> None:
    node = URIRef(o.iri or organisation_iri(o.id))
    g.add((node, RDF.type, CV.PublicOrganisation))
    g.add((node, DCT.identifier, Literal(o.id)))
    _add_text(g, node, SKOS.prefLabel, o.name)
    country = URIRef(f"{EU_COUNTRY}MAR")
    g.add((country, RDF.type, DCT.Location))
    g.add((node, DCT.spatial, country))
    if o.homepage:
        g.add((node, FOAF.homepage, URIRef(o.homepage)))


def _add_service(
    g: Graph,
    svc: Service,
    concepts: dict[tuple[str, str], Concept],
    orgs: dict[str, Organisation],
) -> None:
    sid = svc.id
    node = URIRef(svc.iri or service_iri(sid))
    g.add((node, RDF.type, CPSV.PublicService))
    g.add((node, DCT.identifier, Literal(sid)))
    _add_text(g, node, DCT.title, svc.title)
    _add_text(g, node, DCT.description, svc.description)
    _add_text(g, node, DCAT.keyword, svc.keywords)
    g.add((node, BW.status, Literal(svc.status.value)))
    if svc.authority:
        org = orgs.get(svc.authority)
        iri = org.iri if org and org.iri else organisation_iri(svc.authority)
        g.add((node, CV.hasCompetentAuthority, URIRef(iri)))
    for scheme, attr, prop in (
        ("theme", "themes", CV.thematicArea),
        ("audience", "audiences", DCT.audience),
        ("region", "regions", DCT.spatial),
    ):
        for notation in getattr(svc, attr):
            c = concepts.get((scheme, notation))
            g.add((node, prop, _concept_ref(c) if c else URIRef(concept_iri(scheme, notation))))
    for notation in svc.life_events:
        c = concepts.get(("life-event", notation))
        event = URIRef(f"{BASE}event/{notation}")
        g.add((event, RDF.type, CV.Event))
        g.add((event, RDF.type, CV.LifeEvent))
        g.add((event, DCT.identifier, Literal(notation)))
        _add_text(g, event, DCT.title, (c.label if c else {}) or {"und": notation})
        g.add(
            (event, DCT.type, _concept_ref(c) if c else URIRef(concept_iri("life-event", notation)))
        )
        g.add((node, CV.isGroupedBy, event))
    for i, doc in enumerate(svc.documents, 1):
        ev = URIRef(f"{BASE}evidence/{sid}/{i}")
        g.add((ev, RDF.type, CV.Evidence))
        g.add((ev, DCT.identifier, Literal(f"{sid}-evidence-{i}")))
        _add_text(g, ev, DCT.title, doc.title)
        _add_text(g, ev, DCT.description, doc.description)
        g.add((node, CPSV.hasInput, ev))
    if svc.steps:
        rule = URIRef(f"{BASE}rule/{sid}/steps")
        g.add((rule, RDF.type, CPSV.Rule))
        g.add((rule, DCT.identifier, Literal(f"{sid}-steps")))
        langs = sorted({lang for step in svc.steps for lang in step})
        _add_text(
            g,
            rule,
            DCT.title,
            {k: v for k, v in _STEP_TITLE.items() if k in langs} or {"en": "Steps"},
        )
        for lang in langs:
            lines = [f"{i}. {step[lang]}" for i, step in enumerate(svc.steps, 1) if lang in step]
            g.add((rule, DCT.description, Literal("\n".join(lines), lang=lang)))
        g.add((node, CPSV.follows, rule))
    for i, cost in enumerate(svc.costs, 1):
        cn = URIRef(f"{BASE}cost/{sid}/{i}")
        g.add((cn, RDF.type, CV.Cost))
        g.add((cn, DCT.identifier, Literal(f"{sid}-cost-{i}")))
        if cost.amount is not None:
            g.add((cn, CV.hasValue, Literal(cost.amount, datatype=XSD.double)))
        currency = URIRef(f"{EU_CURRENCY}{cost.currency}")
        g.add((currency, RDF.type, SKOS.Concept))
        g.add((cn, CV.currency, currency))
        _add_text(g, cn, DCT.description, cost.description)
        g.add((node, CV.hasCost, cn))
    if svc.processing_time:
        g.add((node, CV.processingTime, Literal(svc.processing_time, datatype=XSD.duration)))
    _add_text(g, node, BW.processingTimeText, svc.processing_time_text)
    for i, kind in enumerate(svc.channels, 1):
        ch = URIRef(f"{BASE}channel/{sid}/{i}")
        g.add((ch, RDF.type, CV.Channel))
        g.add((ch, DCT.identifier, Literal(f"{sid}-channel-{i}")))
        kind_node = URIRef(f"{BASE}channel-type/{kind.value}")
        g.add((kind_node, RDF.type, SKOS.Concept))
        g.add((kind_node, SKOS.prefLabel, Literal(kind.value, lang="en")))
        g.add((ch, DCT.type, kind_node))
        g.add((node, CV.hasChannel, ch))
    page = (svc.contact.page if svc.contact else None) or svc.online_url
    if svc.contact or page:
        cp = URIRef(f"{BASE}contact/{sid}")
        g.add((cp, RDF.type, CV.ContactPoint))
        if page:
            g.add((cp, CV.contactPage, URIRef(page)))
            g.add((URIRef(page), RDF.type, FOAF.Document))
        if svc.contact:
            if svc.contact.email:
                g.add((cp, CV.email, Literal(svc.contact.email)))
            if svc.contact.phone:
                g.add((cp, CV.telephone, Literal(svc.contact.phone)))
            _add_text(g, cp, BW.openingHours, svc.contact.opening_hours)
        g.add((node, CV.contactPoint, cp))
    if svc.online_url and svc.online_url != page:
        g.add((node, BW.onlineUrl, Literal(svc.online_url)))
    for i, legal in enumerate(svc.legal_basis, 1):
        lr = URIRef(f"{BASE}legal/{sid}/{i}")
        g.add((lr, RDF.type, URIRef("http://data.europa.eu/eli/ontology#LegalResource")))
        _add_text(g, lr, DCT.title, legal)
        g.add((node, CV.hasLegalResource, lr))
    for lang in svc.languages:
        code = LANGUAGE_IRIS.get(lang, lang.upper())
        language = URIRef(f"{EU_LANGUAGE}{code}")
        g.add((language, RDF.type, DCT.LinguisticSystem))
        g.add((language, RDF.type, SKOS.Concept))
        g.add((node, DCT.language, language))
    for src in svc.sources:
        b = BNode()
        g.add((node, BW.source, b))
        if src.name:
            g.add((b, BW.name, Literal(src.name)))
        if src.url:
            g.add((b, BW.url, Literal(src.url)))
        if src.retrieved_at:
            g.add((b, BW.retrievedAt, Literal(src.retrieved_at.isoformat(), datatype=XSD.dateTime)))
    if svc.last_verified:
        g.add((node, BW.lastVerified, Literal(svc.last_verified.isoformat(), datatype=XSD.date)))


def graph_from_bundle(bundle: CatalogBundle) -> Graph:
    g = new_graph()
    concepts = {(c.scheme.value, c.notation): c for c in bundle.concepts}
    orgs = {o.id: o for o in bundle.organisations}
    for c in bundle.concepts:
        _add_concept(g, c)
    for o in bundle.organisations:
        _add_organisation(g, o)
    for svc in bundle.services:
        _add_service(g, svc, concepts, orgs)
    return g
