#!/usr/bin/env python3
"""Restyles Material Symbols icons into the library's built-in pictograms.

Usage (run once when the artwork changes; the output is committed):
  cd /tmp && npm pack @material-symbols/svg-700 && tar xzf material-symbols-svg-700-*.tgz
  python3 bulletin-render/tools/restyle-pictograms.py /tmp/package \
      bulletin-render/src/main/resources/org/safeguarding/bulletin/render/pictogram

Each pictogram is one filled, weight-700 "rounded" icon (or, for internet, two of them), drawn in
dark navy on a pale blue rounded square with a navy border: bold, high contrast (about 14:1) and
the same frame for every picture, so that they read as one set at 3 cm.
"""
import re
import shutil
import sys
from pathlib import Path

NAVY = "#12263F"
PALE = "#E6EEF8"

# pictogram name -> list of (icon file in the "rounded" folder, transform inside the 960 box)
SOURCES = {
    "internet": [("desktop_windows.svg", ""),
                 ("language-fill.svg", "translate(480 -577) scale(0.39) translate(-480 480.5)")],
    "warning": [("warning-fill.svg", "")],
    "people": [("groups-fill.svg", "")],
    "child": [("child_hat-fill.svg", "")],
    "adult": [("person-fill.svg", "")],
    "law": [("balance-fill.svg", "")],
    "police": [("shield_person-fill.svg", "")],
    "phone": [("call-fill.svg", "")],
    "help": [("volunteer_activism-fill.svg", "")],
    "information": [("info-fill.svg", "")],
    "home": [("home-fill.svg", "")],
    "money": [("payments-fill.svg", "")],
    "game": [("sports_esports-fill.svg", "")],
    "chat": [("forum-fill.svg", "")],
    "heart": [("favorite-fill.svg", "")],
    "next": [("arrow_circle_right-fill.svg", "")],
    "doctor": [("stethoscope-fill.svg", "")],
    "medicine": [("medication-fill.svg", "")],
    "school": [("school-fill.svg", "")],
    "book": [("menu_book-fill.svg", "")],
    "family": [("family_restroom-fill.svg", "")],
    "baby": [("stroller-fill.svg", "")],
    "older-person": [("elderly-fill.svg", "")],
    "disability": [("accessible-fill.svg", "")],
    "stranger": [("person_alert-fill.svg", "")],
    "computer": [("computer-fill.svg", "")],
    "mobile-phone": [("mobile_2-fill.svg", "")],
    "camera": [("photo_camera-fill.svg", "")],
    "photo": [("image-fill.svg", "")],
    "email": [("mail-fill.svg", "")],
    "website": [("web-fill.svg", "")],
    "lock": [("lock-fill.svg", "")],
    "secret": [("visibility_off-fill.svg", "")],
    "safe": [("verified_user-fill.svg", "")],
    "stop": [("front_hand-fill.svg", "")],
    "yes": [("check_circle-fill.svg", "")],
    "no": [("cancel-fill.svg", "")],
    "talk": [("record_voice_over-fill.svg", "")],
    "listen": [("hearing-fill.svg", "")],
    "question": [("help-fill.svg", "")],
    "happy": [("sentiment_satisfied-fill.svg", "")],
    "sad": [("sentiment_sad-fill.svg", "")],
    "worried": [("sentiment_worried-fill.svg", "")],
    "calendar": [("calendar_month-fill.svg", "")],
    "time": [("schedule-fill.svg", "")],
    "place": [("location_on-fill.svg", "")],
    "report": [("flag-fill.svg", "")],
    "share": [("share-fill.svg", "")],
    "delete": [("delete-fill.svg", "")],
    "settings": [("settings-fill.svg", "")],
    "court": [("gavel-fill.svg", "")],
    "car": [("directions_car-fill.svg", "")],
    "bus": [("directions_bus-fill.svg", "")],
    "door": [("door_front-fill.svg", "")],
    "key": [("key-fill.svg", "")],
    "food": [("restaurant-fill.svg", "")],
    "sleep": [("bedtime-fill.svg", "")],
    "alcohol": [("liquor-fill.svg", "")],
    "hurt": [("personal_injury-fill.svg", "")],
    "mind": [("psychology-fill.svg", "")],
}


def paths(icon: Path) -> list[str]:
    return re.findall(r'<path d="([^"]+)"', icon.read_text(encoding="utf-8"))


def pictogram(package: Path, parts: list[tuple[str, str]]) -> str:
    shapes = []
    for file, transform in parts:
        attr = f' transform="{transform}"' if transform else ""
        body = "".join(f'<path d="{d}"/>' for d in paths(package / "rounded" / file))
        shapes.append(f"<g{attr}>{body}</g>")
    # The 960-unit icon box (y from -960 to 0) is scaled to 64 units and centred in a 96 square.
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96">\n'
        f'<rect x="2.5" y="2.5" width="91" height="91" rx="14" fill="{PALE}" stroke="{NAVY}" stroke-width="3"/>\n'
        f'<g fill="{NAVY}" transform="translate(16 80) scale(0.0666667)">{"".join(shapes)}</g>\n'
        "</svg>\n"
    )


def main() -> None:
    package, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for name, parts in SOURCES.items():
        (out / f"{name}.svg").write_text(pictogram(package, parts), encoding="utf-8")
    shutil.copyfile(package / "LICENSE", out / "LICENSE-material-symbols.txt")


if __name__ == "__main__":
    main()
