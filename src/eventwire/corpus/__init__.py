"""Corpus steps: near-duplicates → stories → events → dyads (incremental, in memory)."""
