"""Ingest: a new Chinese document becomes linked, cited facts (issue #13).

Stages, one module each: read -> extract (orgs, people, relations, figures) -> link -> draft.
"""
