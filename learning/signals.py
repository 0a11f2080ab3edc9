"""Signals other parts of learning (and apps beside it) plug into, so the writer
never imports them. Every signal here is sent after the transaction that made the
change has committed; receivers that enqueue work should pass ids only."""

from django.dispatch import Signal

# Sent once per enrolment, after the transaction that completed the course has
# committed. Keyword arguments: user, course, enrolment. The certificate issuer
# listens here, so a rolled-back completion never issues a certificate.
course_completed = Signal()

# An account became a rostered member of an agency: sign-up with a NIP on the
# roster, or an agency admin confirming a pending account. Keyword arguments:
# user_id, agency_id, unit_id (may be None), roster_entry_id.
learner_joined_roster = Signal()

# A roster import was applied that linked accounts, moved linked accounts between
# units, or transferred staff in from other agencies. Keyword argument: agency_ids,
# the importing agency first, then the agencies that staff left. (A file that only
# adds or updates entries without accounts sends nothing; reporting apps learn of
# it from ``RosterImport.finished_at``, see ``api.roster_imports_applied_since``.)
roster_changed = Signal()
