"""compliance's readers: figures from learning's SQL aggregates, lists, charts."""
