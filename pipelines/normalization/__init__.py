"""Normalisation across documents: who is who (people), what an office is (roles), which
readouts report the same real meeting (events)."""
