"""Cover images for the demo content, drawn as SVG so the demo needs no image hosting."""

from flask import Blueprint, Response

blp = Blueprint("demo_covers", __name__)
PALETTE = [
    ("#0f766e", "#14b8a6"),
    ("#1d4ed8", "#60a5fa"),
    ("#7c2d12", "#f97316"),
    ("#4c1d95", "#a78bfa"),
    ("#14532d", "#4ade80"),
    ("#831843", "#f472b6"),
]


@blp.get("/demo/covers/<int:number>.svg")
def cover(number: int):
    dark, light = PALETTE[number % len(PALETTE)]
    peak = 90 + (number * 37) % 120
    ridge = f"L{120 + number * 7 % 80} {peak + 60} L260 {peak + 120} L{380 + number % 60} {peak}"
    svg = f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 336" width="640" height="336">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
<stop offset="0" stop-color="{light}"/><stop offset="1" stop-color="{dark}"/>
</linearGradient></defs>
<rect width="640" height="336" fill="url(#g)"/>
<circle cx="{500 - number * 13 % 200}" cy="90" r="38" fill="#fff" fill-opacity=".35"/>
<path fill-opacity=".22"
 d="M0 336 {ridge} L640 300 L640 336 Z"
 fill="#000"/>
<path d="M0 336 L160 250 L300 300 L470 210 L640 290 L640 336 Z" fill="#000" fill-opacity=".3"/>
</svg>"""
    response = Response(svg, mimetype="image/svg+xml")
    response.headers["Cache-Control"] = "public, max-age=86400"
    return response
