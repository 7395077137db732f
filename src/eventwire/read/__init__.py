"""Reading inputs: files, folders, JSONL records (and later WARC, feeds)."""

from eventwire.read.inputs import InputFailure, RawDocument, read_inputs

__all__ = ["InputFailure", "RawDocument", "read_inputs"]
