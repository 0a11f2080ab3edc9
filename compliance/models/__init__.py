"""The agency-completion app's own state; learner state stays in learning.

Models refer to learning's by string ("learning.Agency") and store ids only;
compliance reads what those ids stand for through ``learning.api``.
"""

from .assignments import Assignment, Exemption
from .exports import Export
from .figures import AgencyFigures, CompletionRecord
from .messages import DigestLog, ReminderLog

__all__ = [
    "AgencyFigures",
    "Assignment",
    "CompletionRecord",
    "DigestLog",
    "Exemption",
    "Export",
    "ReminderLog",
]
