"""Where the project and the optional shared corpora are, for every test module."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
RAW = ROOT / "data" / "raw"
SHARED_CORPORA = ROOT.parent / "shared" / "corpora"
DANVAN_NEWS = SHARED_CORPORA / "danvan_news.jsonl.gz"
VNTC = SHARED_CORPORA / "vntc_chinh_tri_xa_hoi.jsonl.gz"
DANTRI = SHARED_CORPORA / "dantri_2019_2021.jsonl.gz"
