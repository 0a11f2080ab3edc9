"""Reads of learner and organisation state: pages and other apps ask here.

Selectors only read; every write goes through ``learning.services``. Import the
module you need (``from learning.selectors import roster_imports``): roster import
progress, and item analysis (quiz statistics for trainers).
"""
