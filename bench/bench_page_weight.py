"""Benchmark: the weight of a lesson page before its content media.

Goal (issue 14): HTML + CSS + JS of a logged-in learner's lesson page under 150 KB,
the number of requests the browser makes for it, and no third-party host.

It builds a throwaway SQLite database (migrate + load_demo), enrols the demo learner
in the largest course and fetches one of its lessons through Django's test client.
The HTML is parsed for everything the browser loads: ``<link href>`` (stylesheets,
icons, preloads), ``<script src>``, ``<img src>``/``srcset``, ``<source>``,
``<iframe src>``, ``<video>``/``<audio>``, and ``url(…)`` inside the stylesheets
(fonts, background images). Each request is classified as page (HTML, CSS, JS, icons,
fonts) or content media (the lesson's own images, embeds), and by host: any host but
this site's is third-party and fails the goal. Sizes are raw and gzip-compressed
(what WhiteNoise serves to a browser that accepts it).

    .venv/bin/python bench/bench_page_weight.py
"""

import contextlib
import gzip
import io
import os
import re
import sys
import tempfile
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import bench_learner_pages

BUDGET_BYTES = 150 * 1024
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""")


class Resources(HTMLParser):
    """Every URL the browser fetches for the page (not the links a reader may follow)."""

    def __init__(self):
        super().__init__()
        self.found = []  # (kind, url)
        self.anchors = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("href"):
            rel = (attrs.get("rel") or "").lower()
            if rel in {"canonical", "alternate", "next", "prev", "author", "license"}:
                return
            kind = "css" if "stylesheet" in rel else ("icon" if "icon" in rel else rel or "link")
            self.found.append((kind, attrs["href"]))
        elif tag == "script" and attrs.get("src"):
            self.found.append(("js", attrs["src"]))
        elif tag in {"img", "source", "video", "audio", "iframe", "embed", "track"}:
            for name in ("src", "poster"):
                if attrs.get(name):
                    self.found.append(("media", attrs[name]))
            for candidate in (attrs.get("srcset") or "").split(","):
                if candidate.strip():
                    self.found.append(("media", candidate.split()[0]))
        elif tag == "object" and attrs.get("data"):
            self.found.append(("media", attrs["data"]))
        elif tag == "a" and attrs.get("href"):
            self.anchors.append(attrs["href"])


def setup_django(tmpdir):
    """bench_learner_pages' throwaway database, quieter and with no broker."""
    os.environ["PRIVATE_MEDIA_ROOT"] = f"{tmpdir}/private"
    os.environ["CELERY_BROKER_URL"] = ""
    os.environ["LOG_LEVEL"] = "ERROR"  # content media is not served by Django here (404)
    with contextlib.redirect_stdout(io.StringIO()):  # load_demo's summary
        bench_learner_pages.setup_django(tmpdir)


def fetch(client, url):
    """Bytes of ``url`` as served by this site (static files through WhiteNoise)."""
    response = client.get(url)
    if response.status_code != 200:
        return None
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def main():
    with tempfile.TemporaryDirectory() as tmpdir:
        setup_django(tmpdir)
        from django.test import Client

        from courses.models import CoursePage, LessonPage
        from learning.models import User
        from learning.services import progress

        course = CoursePage.objects.live().order_by("-jp").first()
        learner = User.objects.get(email="peserta@demo.go.id")
        progress.enrol(learner, course)
        lessons = list(LessonPage.objects.live().descendant_of(course))
        lesson = max(lessons, key=lambda page: len(str(page.body)))
        client = Client()
        client.force_login(learner)
        page_url = lesson.url
        html = fetch(client, page_url)
        assert html, f"{page_url} did not answer 200"

        parser = Resources()
        parser.feed(html.decode())
        requests = [(kind, urljoin(page_url, url)) for kind, url in parser.found]
        for kind, url in list(requests):  # what the stylesheets load in turn
            if kind == "css" and not urlsplit(url).netloc:
                css = (fetch(client, url) or b"").decode(errors="replace")
                for match in CSS_URL.finditer(css):
                    found = match.group(1) or match.group(2)
                    if not found.startswith("data:"):
                        kind_in_css = "css" if match.group(2) else "font/image"
                        requests.append((kind_in_css, urljoin(url, found)))

        rows, third_party = [("html", page_url, len(html), len(gzip.compress(html)))], []
        for kind, url in requests:
            host = urlsplit(url).netloc
            if host and host not in {"testserver"}:
                third_party.append(url)
                continue
            body = fetch(client, url)
            if body is None:  # content media, served by the web server or the bucket
                rows.append((kind, url, None, None))
                continue
            rows.append((kind, url, len(body), len(gzip.compress(body))))

        page_rows = [row for row in rows if row[0] != "media"]
        media_rows = [row for row in rows if row[0] == "media"]
        weight = sum(row[2] for row in page_rows if row[0] in {"html", "css", "js"})
        weight_gz = sum(row[3] for row in page_rows if row[0] in {"html", "css", "js"})
        print(f"lesson page: {lesson.title!r} ({page_url}), logged in, enrolled")
        print(f"{'kind':<11} {'bytes':>9} {'gzip':>8}  url")
        for kind, url, size, size_gz in rows:
            if size is None:
                print(f"{kind:<11} {'-':>9} {'-':>8}  {url} (not served by Django; not counted)")
            else:
                print(f"{kind:<11} {size:>9,} {size_gz:>8,}  {url}")
        print(
            f"\nHTML + CSS + JS: {weight / 1024:.1f} KB raw, {weight_gz / 1024:.1f} KB gzip "
            f"(budget {BUDGET_BYTES // 1024} KB)"
        )
        print(
            f"requests: {len(page_rows)} for the page (HTML included), "
            f"{len(media_rows)} for content media"
        )
        other_hosts = sorted({urlsplit(a).netloc for a in parser.anchors if urlsplit(a).netloc})
        print(f"third-party requests: {len(third_party)} {third_party or ''}")
        print(f"links to other sites (followed only if clicked): {other_hosts or 'none'}")
        within = weight <= BUDGET_BYTES and not third_party
        print("within budget" if within else "OVER BUDGET or third-party requests")
        return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
