"""Learner state and the organisations around it, split by concept."""

from .agencies import Agency, AgencyAdmin, Unit
from .rosters import RosterEntry, RosterImport
from .users import StaffStatus, User

__all__ = [
    "Agency",
    "AgencyAdmin",
    "RosterEntry",
    "RosterImport",
    "StaffStatus",
    "Unit",
    "User",
]
