"""Signals other parts of learning plug into, so the writer never imports them."""

from django.dispatch import Signal

# Sent once per enrolment, after the transaction that completed the course has
# committed. Keyword arguments: user, course, enrolment. The certificate issuer
# listens here, so a rolled-back completion never issues a certificate.
course_completed = Signal()
