"""Brand colours that white text stays readable on: WCAG 2 contrast, and a darker shade to suggest
when a colour falls short."""

import colorsys
import math

AA = 4.5  # WCAG AA for normal text: buttons and the top bar carry white text on these colours


def contrast_with_white(colour: str) -> float:
    """The contrast ratio of white text on `colour` ("#rrggbb"), from 1 to 21."""
    return 1.05 / (_luminance(colour) + 0.05)


def problem(colour: str) -> str | None:
    """Why white text on `colour` would be hard to read, with a shade that passes; None if it reads."""
    ratio = contrast_with_white(colour)
    if ratio >= AA:
        return None
    shown = math.floor(ratio * 10) / 10  # never rounds a failing 4.46 up to a passing-looking 4.5
    return (
        f"White text on {colour} has a contrast of {shown}:1; it needs {AA}:1. "
        f"Try {darker_passing(colour)}, a darker shade that passes."
    )


def darker_passing(colour: str) -> str:
    """The lightest shade of `colour`, keeping its hue and saturation, that white text reads on."""
    hue, lightness, saturation = colorsys.rgb_to_hls(*_channels(colour))
    while lightness > 0:
        lightness = max(0.0, lightness - 0.01)
        shade = _hex(colorsys.hls_to_rgb(hue, lightness, saturation))
        if contrast_with_white(shade) >= AA:
            return shade
    return "#000000"


def _channels(colour: str) -> tuple[float, float, float]:
    return tuple(int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))


def _hex(channels) -> str:
    return "#" + "".join(f"{round(c * 255):02x}" for c in channels)


def _luminance(colour: str) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _channels(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
