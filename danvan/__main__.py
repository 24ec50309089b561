from danvan.cli import app

app()
