"""Foundations every stage uses: text normalisation (``text``), atomic file output (``io``), the
project's folders (``paths``), provenance stamps (``provenance``) and corpus statistics
(``stats``). Nothing here imports any other part of danvan."""
