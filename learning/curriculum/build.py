"""Helpers that write lesson blocks and quiz questions as StreamField raw data.

Ids are derived from the question id (``m1-q3`` → choices ``m1-q3-a`` …), so a
course loads with the same ids every time and tests can refer to them.
"""

LETTERS = "abcdefgh"


def p(html):
    """A rich-text paragraph; pass HTML (<p>, <ul>, <strong> …)."""
    return {"type": "paragraph", "value": html}


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def callout(kind, title, html):
    """kind: "tip" or "warning"."""
    return {"type": "callout", "value": {"kind": kind, "title": title, "text": html}}


def regulation(name, article, text):
    return {"type": "regulation", "value": {"regulation": name, "article": article, "text": text}}


def do_dont(title, do_items, dont_items):
    return {"type": "do_dont",
            "value": {"title": title, "do_items": list(do_items), "dont_items": list(dont_items)}}


def social_post(platform, account_name, handle, text, verdict="neutral", comment="",
                image=None, image_alt=""):
    """platform: instagram, x, facebook, tiktok, youtube, whatsapp; verdict: good/bad/neutral.

    ``image`` names a file in ``learning/curriculum/images`` (the loader swaps it
    for the Wagtail image).
    """
    return {"type": "social_post", "value": {
        "platform": platform, "account_name": account_name, "handle": handle, "text": text,
        "image": image, "image_alt": image_alt, "verdict": verdict, "comment": comment,
    }}


def image(name, alt_text, caption="", credit="Ilustrasi: Akademi Humas ASN"):
    """``name`` is a file in ``learning/curriculum/images``."""
    return {"type": "image",
            "value": {"image": name, "alt_text": alt_text, "caption": caption, "credit": credit}}


def checklist(title, items):
    return {"type": "checklist", "value": {"title": title, "items": list(items)}}


def takeaways(items):
    return {"type": "key_takeaways", "value": {"items": list(items)}}


def assignment(title, prompt_html, allow_link=True):
    return {"type": "practice_assignment",
            "value": {"title": title, "prompt": prompt_html, "allow_link": allow_link}}


def _choices(question_id, choices):
    return [
        {"type": "item", "id": f"{question_id}-{letter}",
         "value": {"text": text, "is_correct": bool(correct), "feedback": feedback}}
        for letter, (text, correct, feedback) in zip(LETTERS, choices)
    ]


def single(question_id, prompt, choices, explanation=""):
    """choices: [(text, is_correct, feedback), …] with exactly one correct."""
    return {"type": "single_choice", "id": question_id, "value": {
        "prompt": prompt, "choices": _choices(question_id, choices), "explanation": explanation}}


def multiple(question_id, prompt, choices, explanation=""):
    """choices: [(text, is_correct, feedback), …] with one or more correct."""
    return {"type": "multiple_choice", "id": question_id, "value": {
        "prompt": prompt, "choices": _choices(question_id, choices), "explanation": explanation}}


def true_false(question_id, prompt, answer, feedback_true, feedback_false, explanation=""):
    """answer: True when the statement is true."""
    return {"type": "true_false", "id": question_id, "value": {
        "prompt": prompt, "answer": "true" if answer else "false",
        "feedback_true": feedback_true, "feedback_false": feedback_false,
        "explanation": explanation,
    }}


def lesson(title, slug, minutes, body):
    return {"title": title, "slug": slug, "minutes": minutes, "body": body}


def quiz(title, slug, questions, intro="", pass_mark=70, attempt_limit=0, draw_count=None,
         time_limit_minutes=None):
    return {"title": title, "slug": slug, "questions": questions, "intro": intro,
            "pass_mark": pass_mark, "attempt_limit": attempt_limit, "draw_count": draw_count,
            "time_limit_minutes": time_limit_minutes}


def module(title, slug, summary, lessons, quiz_spec):
    return {"title": title, "slug": slug, "summary": summary, "lessons": list(lessons),
            "quiz": quiz_spec}
