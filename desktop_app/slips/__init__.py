"""Routing slips and register books: one layout model per form, a DOCX writer and a PDF writer."""
