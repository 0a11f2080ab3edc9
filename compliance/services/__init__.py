"""compliance's writers. Each module is one concern; tasks call them, never the reverse
(they enqueue through ``compliance.dispatch``)."""
