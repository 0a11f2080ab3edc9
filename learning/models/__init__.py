"""Learner state and the organisations around it, split by concept."""

from .agencies import Agency, AgencyAdmin, Unit, UnitAdmin
from .attempts import QuizAttempt
from .practice import PracticeSubmission
from .progress import Enrolment, LessonCompletion, PastCompletion
from .rosters import RosterEntry, RosterImport
from .users import StaffStatus, User

__all__ = [
    "Agency",
    "AgencyAdmin",
    "Enrolment",
    "LessonCompletion",
    "PastCompletion",
    "PracticeSubmission",
    "QuizAttempt",
    "RosterEntry",
    "RosterImport",
    "StaffStatus",
    "Unit",
    "UnitAdmin",
    "User",
]
