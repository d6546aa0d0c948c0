"""What crawlers and browsers ask for: robots.txt, sitemap.xml, OpenSearch descriptions."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse, Response

from bawaba.catalog.model import Status
from bawaba.web.contexts import BROWSE_PATHS, service_path
from bawaba.web.deps import BawabaDep, LanguageDep, TranslationsDep, VocabularyDep
from bawaba.web.i18n import LANGUAGES
from bawaba.web.rendering import static_url

router = APIRouter(include_in_schema=False)


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/")


@router.get("/robots.txt")
def robots(request: Request) -> PlainTextResponse:
    lines = ["User-agent: *", "Allow: /", "Disallow: /api/"]
    # Result pages are endless combinations of filters: crawl services and browse pages.
    lines += [f"Disallow: /{code}/search" for code in LANGUAGES]
    lines.append(f"Sitemap: {_base(request)}/sitemap.xml")
    return PlainTextResponse("\n".join(lines) + "\n", headers={"Cache-Control": "max-age=3600"})


@router.get("/sitemap.xml")
def sitemap(request: Request, bawaba: BawabaDep, vocab: VocabularyDep) -> Response:
    base = _base(request)
    paths = ["/", "/accessibility", "/privacy", "/authorities/"]
    for scheme, folder in BROWSE_PATHS.items():
        paths.append(folder)
        paths += [folder + c.notation for c in vocab.concepts.get(scheme, [])]
    paths += ["/authorities/" + o.id for o in vocab.organisations]
    services = bawaba.store.services(Status.PUBLISHED)
    dated = {service_path(s.id): s.last_verified for s in services}
    paths += list(dated)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ]
    for path in paths:
        alternates = "".join(
            f'<xhtml:link rel="alternate" hreflang="{code}" href={quoteattr(base + "/" + code + path)}/>'
            for code in LANGUAGES
        )
        modified = dated.get(path)
        lastmod = f"<lastmod>{modified.isoformat()}</lastmod>" if modified else ""
        for code in LANGUAGES:
            loc = escape(f"{base}/{code}{path}")
            out.append(f"<url><loc>{loc}</loc>{lastmod}{alternates}</url>")
    out.append("</urlset>")
    return Response(
        "\n".join(out) + "\n",
        media_type="application/xml",
        headers={"Cache-Control": "max-age=3600"},
    )


@router.get("/{lang}/opensearch.xml")
def opensearch(request: Request, lang: LanguageDep, tr: TranslationsDep) -> Response:
    base = _base(request)
    _ = tr.gettext
    body = f"""<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
<ShortName>Bawaba ({lang.code})</ShortName>
<Description>{escape(_("Rechercher une démarche administrative sur Bawaba"))}</Description>
<Language>{lang.code}</Language>
<InputEncoding>UTF-8</InputEncoding>
<OutputEncoding>UTF-8</OutputEncoding>
<Image width="64" height="64" type="image/svg+xml">{escape(base + static_url("icon.svg"))}</Image>
<Url type="text/html" method="get" template={quoteattr(f"{base}/{lang.code}/search?q={{searchTerms}}")}/>
<Url type="application/json" method="get" template={quoteattr(f"{base}/api/v1/search?q={{searchTerms}}&lang={lang.code}")}/>
<Url type="application/opensearchdescription+xml" rel="self" template={quoteattr(f"{base}/{lang.code}/opensearch.xml")}/>
</OpenSearchDescription>
"""
    return Response(
        body,
        media_type="application/opensearchdescription+xml",
        headers={"Cache-Control": "max-age=86400"},
    )
