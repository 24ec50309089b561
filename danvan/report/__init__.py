"""HTML reports: execute the notebook series and export reviewer-ready pages plus an index."""

from danvan.report.build import Build, build_reports, default_out

__all__ = ["Build", "build_reports", "default_out"]
