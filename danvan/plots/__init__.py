"""Figures: every function is ``plot_*(…, ax=None)`` and returns the Axes it drew on."""
