"""Learner state and the organisations around it, split by concept."""

from .assignments import AssignmentSubmission
from .attempts import QuizAttempt
from .progress import Enrolment, LessonCompletion, PastCompletion
from .agencies import Agency, AgencyAdmin, Unit, UnitAdmin
from .rosters import RosterEntry, RosterImport
from .users import StaffStatus, User

__all__ = [
    "AssignmentSubmission",
    "Enrolment",
    "LessonCompletion",
    "PastCompletion",
    "QuizAttempt",
    "Agency",
    "AgencyAdmin",
    "RosterEntry",
    "RosterImport",
    "StaffStatus",
    "Unit",
    "UnitAdmin",
    "User",
]
