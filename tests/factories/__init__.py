"""Test data builders: accounts and organisations (``accounts``), course trees (``courses``).

Import from the package: ``from tests.factories import LearnerFactory, build_course``.
"""

from .accounts import (
    PASSWORD,
    AgencyFactory,
    LearnerFactory,
    RosterEntryFactory,
    UnitFactory,
    UserFactory,
    make_agency_admin,
    make_in_group,
    pns_nip,
    pppk_nip,
)
from .courses import (
    add_to_lesson,
    build_course,
    build_course_tree,
    choice_item,
    competency_category,
    course_index,
    default_questions,
    home_page,
    multiple_choice,
    paragraph,
    practice_block,
    publish,
    single_choice,
    true_false,
)
from .progress import passed_attempt

__all__ = [
    "PASSWORD",
    "AgencyFactory",
    "LearnerFactory",
    "RosterEntryFactory",
    "UnitFactory",
    "UserFactory",
    "add_to_lesson",
    "build_course",
    "build_course_tree",
    "choice_item",
    "competency_category",
    "course_index",
    "default_questions",
    "home_page",
    "make_agency_admin",
    "make_in_group",
    "multiple_choice",
    "paragraph",
    "passed_attempt",
    "pns_nip",
    "pppk_nip",
    "practice_block",
    "publish",
    "single_choice",
    "true_false",
]
