"""The yardstick for bench/redirect.py: a bare Flask app whose only route redirects."""

from flask import Flask, redirect

app = Flask(__name__)


@app.get("/s/<code>")
def follow(code: str):
    return redirect("https://news.example.test/story?utm_source=linkedin", 302)
