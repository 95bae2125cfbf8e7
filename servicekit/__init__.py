"""Plumbing every Korrektur process needs the same way, kept in one place.

Not a service and not the contract: services still never import each other.
"""
