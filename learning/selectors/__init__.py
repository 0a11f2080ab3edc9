"""Reads of learner state that need more than a queryset (reporting)."""
