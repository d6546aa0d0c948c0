"""Map an RDF graph in CPSV-AP (3.x, and the older 2.x shapes) to a `CatalogBundle`.

The mapper is lenient about optional properties and strict about what CPSV-AP makes
mandatory for a service (identifier, title, description) and about literal datatypes:
every problem is collected with the node it concerns, and the caller rejects the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from pydantic import ValidationError
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from bawaba.catalog.model import (
    CatalogBundle,
    ChannelType,
    Concept,
    Contact,
    Cost,
    Document,
    LangText,
    Organisation,
    Scheme,
    Service,
    Source,
    Status,
)
from bawaba.catalog.vocab import (
    ADMS,
    BW,
    CPSV,
    CV,
    DCAT,
    DCT,
    ELI,
    FOAF,
    LANGUAGE_CODES,
    SCHEMA,
    SCHEMA_HTTP,
    service_iri,
)
from bawaba.errors import Problem

_EVENT_TYPES = (CV.LifeEvent, CV.BusinessEvent, CV.Event)
_ORG_TYPES = (
    CV.PublicOrganisation,
    FOAF.Organization,
    URIRef("http://www.w3.org/ns/org#Organization"),
)
_STEP_LINE = re.compile(r"^\s*(\d+)\s*[.)\-–:]\s*(.+?)\s*$")
_SLUG_BAD = re.compile(r"[^A-Za-z0-9._:-]+")

_SCHEME_HINTS: list[tuple[str, Scheme]] = [
    ("life-event", Scheme.LIFE_EVENT),
    ("lifeevent", Scheme.LIFE_EVENT),
    ("event", Scheme.LIFE_EVENT),
    ("audience", Scheme.AUDIENCE),
    ("region", Scheme.REGION),
    ("spatial", Scheme.REGION),
    ("location", Scheme.REGION),
    ("theme", Scheme.THEME),
    ("thematic", Scheme.THEME),
    ("sector", Scheme.THEME),
]

_CHANNEL_HINTS: list[tuple[str, ChannelType]] = [
    ("email", ChannelType.EMAIL),
    ("mail", ChannelType.MAIL),
    ("post", ChannelType.MAIL),
    ("phone", ChannelType.PHONE),
    ("telephone", ChannelType.PHONE),
    ("online", ChannelType.ONLINE),
    ("homepage", ChannelType.ONLINE),
    ("webpage", ChannelType.ONLINE),
    ("website", ChannelType.ONLINE),
    ("form", ChannelType.ONLINE),
    ("bureau", ChannelType.OFFICE),
    ("web", ChannelType.ONLINE),
    ("eservice", ChannelType.ONLINE),
    ("digital", ChannelType.ONLINE),
    ("internet", ChannelType.ONLINE),
    ("office", ChannelType.OFFICE),
    ("desk", ChannelType.OFFICE),
    ("face", ChannelType.OFFICE),
    ("person", ChannelType.OFFICE),
    ("servicepoint", ChannelType.OFFICE),
    ("counter", ChannelType.OFFICE),
    ("assisted", ChannelType.OFFICE),
]


def local_name(node: Node) -> str:
    """The last path segment or fragment of an IRI."""
    text = str(node).rstrip("/#")
    return re.split(r"[/#]", text)[-1] or text


def slug(text: str) -> str:
    """A valid identifier from free text, unchanged when already valid."""
    out = _SLUG_BAD.sub("-", text.strip()).strip("-._:")
    return out[:200] or "unnamed"


def _natural_key(text: str) -> list[Any]:
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text)]


class _Mapper:
    def __init__(self, graph: Graph) -> None:
        self.g = graph
        self.problems: list[Problem] = []
        self.concepts: dict[tuple[Scheme, str], Concept] = {}
        self.concept_keys: dict[Node, str] = {}
        self.organisations: dict[str, Organisation] = {}

    # -- literal helpers ------------------------------------------------------------------

    def where(self, node: Node) -> str:
        if isinstance(node, BNode):
            return "blank node"
        return f"<{node}>"

    def text(self, subject: Node, *predicates: URIRef) -> LangText:
        out: LangText = {}
        for p in predicates:
            for o in self.g.objects(subject, p):
                if isinstance(o, Literal) and str(o).strip():
                    tag = o.language or "und"
                    # Several values in one language (rare): keep them all, in a stable order.
                    out[tag] = (
                        f"{out[tag]}; {o}"
                        if tag in out and str(o) not in out[tag]
                        else (out.get(tag) or str(o))
                    )
        return {k: out[k] for k in sorted(out)}

    def first_literal(self, subject: Node, *predicates: URIRef) -> Literal | None:
        for p in predicates:
            values = sorted(
                (o for o in self.g.objects(subject, p) if isinstance(o, Literal)), key=str
            )
            if values:
                return values[0]
        return None

    def resources(self, subject: Node, *predicates: URIRef) -> list[Node]:
        found: list[Node] = []
        for p in predicates:
            found += [o for o in self.g.objects(subject, p) if not isinstance(o, Literal)]
        return sorted(set(found), key=lambda n: _natural_key(str(n)))

    def typed(self, literal: Literal, where: str, prop: str, datatype: URIRef) -> Any:
        """A literal's Python value, or a problem when it does not fit its datatype."""
        if literal.datatype is not None and literal.datatype != datatype and literal.ill_typed:
            self.problems.append(Problem(where, f"{prop}: {literal!s} is not a valid value"))
            return None
        if literal.ill_typed:
            self.problems.append(
                Problem(where, f"{prop}: {str(literal)!r} is not a valid {local_name(datatype)}")
            )
            return None
        return literal.toPython()

    # -- concepts -------------------------------------------------------------------------

    def scheme_of(self, node: Node, used_as: Scheme | None) -> Scheme | None:
        for s in self.g.objects(node, SKOS.inScheme):
            name = str(s).lower()
            for hint, scheme in _SCHEME_HINTS:
                if hint in local_name(s).lower() or f"/{hint}" in name:
                    return scheme
        if used_as is not None:
            return used_as
        path = str(node).lower()
        for hint, scheme in _SCHEME_HINTS:
            if f"/{hint}/" in path or f"/{hint}s/" in path:
                return scheme
        return None

    def concept(self, node: Node, used_as: Scheme | None) -> str | None:
        """Register `node` as a concept and return its notation (None if not a concept)."""
        scheme = self.scheme_of(node, used_as)
        if scheme is None:
            return None
        notation_lit = self.first_literal(node, SKOS.notation, DCT.identifier)
        notation = slug(str(notation_lit) if notation_lit is not None else local_name(node))
        key = (scheme, notation)
        label = self.text(node, SKOS.prefLabel, DCT.title, RDFS.label)
        definition = self.text(node, SKOS.definition, DCT.description)
        known = self.concepts.get(key)
        if known is None:
            iri = str(node) if isinstance(node, URIRef) else None
            self.concepts[key] = Concept(
                scheme=scheme, notation=notation, iri=iri, label=label, definition=definition
            )
        else:
            known.label = {**label, **known.label}
            known.definition = {**definition, **known.definition}
        self.concept_keys[node] = notation
        return notation

    def literals(self, subject: Node, predicate: URIRef) -> list[Literal]:
        return sorted(
            (o for o in self.g.objects(subject, predicate) if isinstance(o, Literal)), key=str
        )

    def literal_concept(self, literal: Literal, scheme: Scheme) -> str:
        """A concept named only by a string (2.x `cv:sector "Education"`)."""
        notation = slug(str(literal).lower().replace(" ", "-"))
        key = (scheme, notation)
        if key not in self.concepts:
            label = {literal.language or "und": str(literal).strip()}
            self.concepts[key] = Concept(scheme=scheme, notation=notation, label=label)
        return notation

    def life_event(self, node: Node) -> str | None:
        """A cv:LifeEvent points to its SKOS concept through dct:type; else it is one."""
        for t in self.g.objects(node, DCT.type):
            if not isinstance(t, Literal):
                notation = self.concept(t, Scheme.LIFE_EVENT)
                if notation is not None:
                    c = self.concepts[(Scheme.LIFE_EVENT, notation)]
                    c.label = {**self.text(node, DCT.title, SKOS.prefLabel), **c.label}
                    return notation
        return self.concept(node, Scheme.LIFE_EVENT)

    # -- organisations --------------------------------------------------------------------

    def organisation(self, node: Node) -> str:
        ident = self.first_literal(node, DCT.identifier)
        org_id = slug(str(ident) if ident is not None else local_name(node))
        name = self.text(node, SKOS.prefLabel, FOAF.name, DCT.title, RDFS.label)
        if not name:
            name = {"und": local_name(node)}
        homepage_node = next(iter(self.resources(node, FOAF.homepage)), None)
        known = self.organisations.get(org_id)
        org = Organisation(
            id=org_id,
            iri=str(node) if isinstance(node, URIRef) else None,
            name={**name, **(known.name if known else {})},
            homepage=str(homepage_node) if homepage_node is not None else None,
        )
        self.organisations[org_id] = org
        return org_id

    # -- services -------------------------------------------------------------------------

    def steps(self, rules: Iterable[Node]) -> list[LangText]:
        """Numbered lines ("1. …") in each language, aligned by their number."""
        steps: list[LangText] = []
        for rule in rules:
            description = self.text(rule, DCT.description)
            numbered: dict[int, LangText] = {}
            for lang, text in description.items():
                for m in filter(None, map(_STEP_LINE.match, text.splitlines())):
                    numbered.setdefault(int(m.group(1)), {})[lang] = m.group(2)
            if numbered:
                steps += [numbered[k] for k in sorted(numbered)]
            elif step := description or self.text(rule, DCT.title):
                steps.append(step)
        return steps

    def documents(self, nodes: Iterable[Node]) -> list[Document]:
        docs: list[tuple[list[Any], Document]] = []
        for n in nodes:
            title = self.text(n, DCT.title, SKOS.prefLabel, RDFS.label)
            description = self.text(n, DCT.description)
            if not title and description:
                title, description = description, {}
            if not title:
                self.problems.append(Problem(self.where(n), "evidence without dct:title"))
                continue
            ident = self.first_literal(n, DCT.identifier)
            order = _natural_key(str(ident) if ident is not None else str(n))
            docs.append((order, Document(title=title, description=description)))
        return [d for _, d in sorted(docs, key=lambda x: x[0])]

    def costs(self, nodes: Iterable[Node]) -> list[Cost]:
        costs: list[Cost] = []
        for n in nodes:
            where = self.where(n)
            value = self.first_literal(n, CV.hasValue, SCHEMA.value)
            amount = None
            if value is not None:
                amount = self.typed(value, where, "cv:hasValue", value.datatype or XSD.double)
                if amount is not None and not isinstance(amount, (int, float)):
                    try:
                        amount = float(str(value).replace(",", "."))
                    except ValueError:
                        self.problems.append(
                            Problem(where, f"cv:hasValue: {str(value)!r} is not a number")
                        )
                        amount = None
            currency_node = next(iter(self.resources(n, CV.currency)), None)
            currency_lit = self.first_literal(n, CV.currency)
            currency = (
                local_name(currency_node)
                if currency_node is not None
                else (str(currency_lit) if currency_lit is not None else "MAD")
            ).upper()
            description = self.text(n, DCT.description, DCT.title)
            if not description and amount is None:
                # 2.x records name a cost by IRI only ("subjectToCharge"): keep that meaning.
                words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", local_name(n)).lower()
                description = {"en": words}
            try:
                costs.append(
                    Cost(
                        amount=float(amount) if amount is not None else None,
                        currency=currency if re.fullmatch(r"[A-Z]{3}", currency) else "MAD",
                        description=description,
                    )
                )
            except ValidationError as exc:
                self.problems.append(Problem(where, _first_error(exc)))
        return costs

    def channels(self, nodes: Iterable[Node]) -> list[ChannelType]:
        found: list[ChannelType] = []
        for n in nodes:
            kinds = [local_name(t).lower() for t in self.resources(n, DCT.type)]
            kinds += [str(t).lower() for t in self.g.objects(n, DCT.type) if isinstance(t, Literal)]
            kinds.append(local_name(n).lower())
            kind = ChannelType.OTHER
            for k in kinds:
                match = next((c for hint, c in _CHANNEL_HINTS if hint in k), None)
                if match is not None:
                    kind = match
                    break
            if kind not in found:
                found.append(kind)
        return found

    def contact(self, nodes: list[Node]) -> tuple[Contact | None, str | None]:
        if not nodes:
            return None, None
        n = nodes[0]
        page = next(iter(self.resources(n, CV.contactPage, SCHEMA.url, FOAF.page)), None)
        page_lit = self.first_literal(n, CV.contactPage, SCHEMA.url)
        email = self.first_literal(n, CV.email, SCHEMA.email, SCHEMA_HTTP.email)
        phone = self.first_literal(n, CV.telephone, SCHEMA.telephone, SCHEMA_HTTP.telephone)
        hours = self.text(n, CV.openingHours, SCHEMA.openingHours, SCHEMA_HTTP.openingHours)
        url = str(page) if page is not None else (str(page_lit) if page_lit is not None else None)
        contact = Contact(
            email=str(email).removeprefix("mailto:") if email is not None else None,
            phone=str(phone) if phone is not None else None,
            page=url,
            opening_hours=hours,
        )
        return contact, url

    def service(self, node: Node) -> Service | None:
        where = f"service {self.where(node)}"
        ident = self.first_literal(node, DCT.identifier)
        if ident is None and isinstance(node, BNode):
            self.problems.append(Problem(where, "missing mandatory dct:identifier"))
            return None
        service_id = slug(str(ident) if ident is not None else local_name(node))
        where = f"service {service_id!r} ({self.where(node)})"
        title = self.text(node, DCT.title)
        description = self.text(node, DCT.description)
        if not title:
            self.problems.append(Problem(where, "missing mandatory dct:title"))
        if not description:
            self.problems.append(Problem(where, "missing mandatory dct:description"))
        if not title or not description:
            return None

        # 2.x records sometimes name only the provider or the channels' owner.
        authorities = (
            self.resources(node, CV.hasCompetentAuthority)
            or self.resources(node, CV.serviceProvider)
            or [
                o
                for ch in self.resources(node, CV.hasChannel)
                for o in self.resources(ch, CV.ownedBy)
            ]
        )
        themes = [
            self.concept(t, Scheme.THEME) for t in self.resources(node, CV.thematicArea, CV.sector)
        ]
        themes += [
            self.literal_concept(lit, Scheme.THEME) for lit in self.literals(node, CV.sector)
        ]
        audiences = [self.concept(a, Scheme.AUDIENCE) for a in self.resources(node, DCT.audience)]
        events = [self.life_event(e) for e in self.resources(node, CV.isGroupedBy)]
        regions = [self.concept(r, Scheme.REGION) for r in self.resources(node, DCT.spatial)]

        processing_time = None
        pt = self.first_literal(node, CV.processingTime)
        if pt is not None:
            value = self.typed(pt, where, "cv:processingTime", XSD.duration)
            if value is not None:
                processing_time = str(pt)
        contact, url = self.contact(self.resources(node, CV.contactPoint, CV.hasContactPoint))
        online = self.first_literal(node, BW.onlineUrl)
        last_verified = None
        lv = self.first_literal(node, BW.lastVerified)
        if lv is not None:
            value = self.typed(lv, where, "bw:lastVerified", XSD.date)
            if isinstance(value, date):
                last_verified = value
        status = Status.PUBLISHED
        for st in list(self.g.objects(node, ADMS.status)) + list(self.g.objects(node, BW.status)):
            name = local_name(st).lower()
            status = next((s for s in Status if s.value in name), status)
        languages = [
            LANGUAGE_CODES.get(local_name(lang).upper(), local_name(lang).lower())
            for lang in self.resources(node, DCT.language)
        ]
        legal = [
            t
            for r in self.resources(
                node, CV.hasLegalResource, CPSV.hasFormalFramework, ELI.is_realized_by
            )
            if (t := self.text(r, DCT.title, ELI.title, DCT.description, RDFS.label))
        ]
        try:
            return Service(
                id=service_id,
                iri=str(node)
                if isinstance(node, URIRef) and str(node) != service_iri(service_id)
                else None,
                status=status,
                title=title,
                description=description,
                authority=self.organisation(authorities[0]) if authorities else None,
                themes=[t for t in themes if t],
                life_events=[e for e in events if e],
                audiences=[a for a in audiences if a],
                regions=[r for r in regions if r],
                keywords=self.text(node, DCAT.keyword),
                documents=self.documents(self.resources(node, CPSV.hasInput)),
                steps=self.steps(self.resources(node, CPSV.follows)),
                costs=self.costs(self.resources(node, CV.hasCost)),
                processing_time=processing_time,
                processing_time_text=self.text(node, BW.processingTimeText),
                channels=self.channels(self.resources(node, CV.hasChannel)),
                online_url=str(online) if online is not None else url,
                contact=contact if contact and contact.model_dump(exclude_defaults=True) else None,
                legal_basis=legal,
                languages=languages,
                sources=self.sources(node),
                last_verified=last_verified,
            )
        except ValidationError as exc:
            self.problems.append(Problem(where, _first_error(exc)))
            return None

    def sources(self, node: Node) -> list[Source]:
        out: list[Source] = []
        for n in self.resources(node, BW.source):
            url = self.first_literal(n, BW.url)
            name = self.first_literal(n, BW.name)
            at = self.first_literal(n, BW.retrievedAt)
            when = self.typed(at, self.where(n), "bw:retrievedAt", XSD.dateTime) if at else None
            out.append(
                Source(
                    url=str(url) if url is not None else None,
                    name=str(name) if name is not None else None,
                    retrieved_at=when if isinstance(when, datetime) else None,
                )
            )
        return sorted(out, key=lambda s: (s.name or "", s.url or ""))


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    loc = ".".join(str(x) for x in err["loc"])
    return f"{loc}: {err['msg']}" if loc else str(err["msg"])


def bundle_from_graph(graph: Graph) -> tuple[CatalogBundle, list[Problem]]:
    """Everything the graph says about services, organisations and concepts."""
    m = _Mapper(graph)
    # Concepts declared with a scheme (taxonomy files) are taken even when unused.
    for c in sorted(set(graph.subjects(RDF.type, SKOS.Concept)), key=str):
        if (c, RDF.type, DCT.LinguisticSystem) not in graph:
            m.concept(c, None)
    for org_type in _ORG_TYPES:
        for o in sorted(set(graph.subjects(RDF.type, org_type)), key=str):
            m.organisation(o)
    services = [
        s
        for node in sorted(set(graph.subjects(RDF.type, CPSV.PublicService)), key=str)
        if (s := m.service(node)) is not None
    ]
    bundle = CatalogBundle(
        concepts=sorted(m.concepts.values(), key=lambda c: (c.scheme.value, c.notation)),
        organisations=sorted(m.organisations.values(), key=lambda o: o.id),
        services=services,
    )
    return bundle, m.problems
