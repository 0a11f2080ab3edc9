"""Learner state and the organisations around it, split by concept."""

from .practice import PracticeSubmission
from .attempts import QuizAttempt
from .progress import Enrolment, LessonCompletion, PastCompletion
from .agencies import Agency, AgencyAdmin, Unit, UnitAdmin
from .rosters import RosterEntry, RosterImport
from .users import StaffStatus, User

__all__ = [
    "PracticeSubmission",
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
