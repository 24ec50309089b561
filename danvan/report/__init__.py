"""The report stage: what notebooks show (tables, findings sentences, widgets, the set-up cell)
and the HTML reports built from them (execute, export, index)."""

from danvan.report.build import Build, build_reports

__all__ = ["Build", "build_reports"]
