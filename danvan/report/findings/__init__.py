"""Findings sentences of the notebooks, Vietnamese and English, one module per notebook; every
sentence is built here by a tested function from the tables the notebook computed. ``wording``
holds what they share: numbers in each language's format, plurals, phrases as printed."""
