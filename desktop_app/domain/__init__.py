"""Immutable domain values: enums with their Chinese labels, the org chart, requests, routing plans."""
