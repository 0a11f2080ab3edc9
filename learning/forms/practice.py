"""The practice-assignment form, and the allow-list that cleans what learners type.

Learners' answers are shown to trainers in the Wagtail admin and back to the
learner, so they are cleaned on the way in with bleach against an explicit
allow-list (never Wagtail's rich-text converters, which trust editors).
"""

import re
import threading
from functools import partial
from html import unescape

from bleach.linkifier import LinkifyFilter
from bleach.sanitizer import Cleaner
from django import forms
from django.core.validators import URLValidator
from django.utils.html import linebreaks, strip_tags
from django.utils.translation import gettext_lazy as _

RESPONSE_MAX_LENGTH = 10_000
LINK_MAX_LENGTH = 500
ALLOWED_TAGS = frozenset({"p", "br", "strong", "em", "ul", "ol", "li", "a", "blockquote"})
ALLOWED_ATTRIBUTES = {"a": ["href"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow noopener"
REJECTED_SESSION_KEY = "learning_rejected_answer"
# bleach strips a disallowed tag but keeps its text; for these the text is code, not prose.
_DROPPED_ELEMENTS = re.compile(r"<(script|style)\b[^>]*>.*?(</\1\s*>|$)", re.IGNORECASE | re.DOTALL)


def _link_attributes(attrs, new=False):
    """Every link gets rel="nofollow noopener"; an anchor left without href is unwrapped."""
    if not attrs.get((None, "href")):
        return None
    attrs[(None, "rel")] = LINK_REL
    return attrs


# bleach's Cleaner keeps parser state while it cleans: one per thread (gthread
# workers, threaded runserver, Celery thread pools), never one shared by the process.
_per_thread = threading.local()


def _cleaner() -> Cleaner:
    cleaner = getattr(_per_thread, "cleaner", None)
    if cleaner is None:
        cleaner = _per_thread.cleaner = Cleaner(
            tags=ALLOWED_TAGS,
            attributes=ALLOWED_ATTRIBUTES,
            protocols=ALLOWED_PROTOCOLS,
            strip=True,
            strip_comments=True,
            filters=[partial(LinkifyFilter, callbacks=[_link_attributes], parse_email=False)],
        )
    return cleaner


_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")
_PLAIN_TAGS = {"p", "br", "a"}
_AUTO_LINK = re.compile(r'<a href="([^"]*)" rel="nofollow noopener">([^<]*)</a>')


def clean_learner_html(html):
    """Learner HTML reduced to the allow-list, bare URLs linked, every link rel=nofollow.

    Most learners type plain text into the textarea; text without any tag keeps
    its paragraphs and line breaks (as <p> and <br>) instead of running together.
    """
    html = html or ""
    if not _TAG.search(html):
        html = linebreaks(html.replace("\r\n", "\n"), autoescape=True)
    return _cleaner().clean(_DROPPED_ELEMENTS.sub("", html)).strip()


def editable_text(html):
    """A stored answer as the learner would retype it, for the textarea of a revision.

    Answers typed as plain text come back as plain text; an answer written with
    other markup is returned as the cleaned HTML, since that is what was typed.
    """
    if not html or not _is_plain_markup(html):
        return html or ""
    text = _AUTO_LINK.sub(lambda match: match.group(2), html)
    text = re.sub(r"</p>\s*<p>", "\n\n", text)
    text = re.sub(r"<br\s*/?>\n?", "\n", text)
    return unescape(re.sub(r"</?p>", "", text)).strip()


def _is_plain_markup(html):
    if {name.lower() for name in _TAG.findall(html)} - _PLAIN_TAGS:
        return False
    links = re.findall(r"<a\b", html)
    auto_links = [
        match
        for match in _AUTO_LINK.finditer(html)
        if match.group(1).endswith(unescape(match.group(2)))
    ]
    return len(links) == len(auto_links)


def is_http_url(url):
    return url.lower().startswith(("http://", "https://"))


class PracticeForm(forms.Form):
    response = forms.CharField(
        label=_("Jawaban Anda"),
        max_length=RESPONSE_MAX_LENGTH,
        error_messages={
            "max_length": _(
                "Jawaban terlalu panjang: paling banyak %(limit_value)s karakter (sekarang "
                "%(show_value)s). Persingkat jawaban Anda."
            )
        },
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Boleh memakai paragraf, huruf tebal/miring, daftar, kutipan, dan tautan."),
    )
    link_url = forms.URLField(
        label=_("Tautan unggahan (opsional)"),
        required=False,
        max_length=LINK_MAX_LENGTH,
        assume_scheme="https",
        validators=[URLValidator(schemes=["http", "https"])],
        help_text=_("Mis. tautan ke unggahan Anda di media sosial (http:// atau https://)."),
    )

    def __init__(self, *args, allow_link=True, **kwargs):
        super().__init__(*args, **kwargs)
        if not allow_link:
            del self.fields["link_url"]

    def clean_response(self):
        """The answer as typed (the service cleans it), once it is known to say something.

        The length limit is on the typed text: cleaning can make it longer (bare
        URLs become links), and the cleaned HTML is stored whole, never cut.
        """
        typed = self.cleaned_data["response"]
        if not strip_tags(clean_learner_html(typed)).strip():
            raise forms.ValidationError(_("Tulis jawaban Anda terlebih dahulu."))
        return typed

    def clean_link_url(self):
        url = self.cleaned_data.get("link_url", "")
        if url and not is_http_url(url):
            raise forms.ValidationError(_("Tautan harus diawali http:// atau https://."))
        return url


def stash_rejected_answer(request, lesson, block_id, data):
    """Keep an answer that failed validation across the redirect back to the lesson,
    so a learner never loses what they typed."""
    request.session[REJECTED_SESSION_KEY] = {
        "lesson_id": lesson.pk,
        "block_id": block_id,
        "data": {
            key: str(data.get(key, ""))[: RESPONSE_MAX_LENGTH * 2]
            for key in ("response", "link_url")
        },
    }


def pop_rejected_answer(request, lesson):
    """The stashed answer for ``lesson`` (removed from the session), or None."""
    session = getattr(request, "session", None)
    if session is None or REJECTED_SESSION_KEY not in session:
        return None
    stashed = session.get(REJECTED_SESSION_KEY) or {}
    if stashed.get("lesson_id") != lesson.pk:
        return None
    del session[REJECTED_SESSION_KEY]
    return stashed
