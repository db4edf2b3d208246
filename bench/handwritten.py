"""The demo rule set's conditions written by hand in Python: the floor our generated matchers
are compared with. Indexes follow the rule order of gamification.defaults.demo_rule_set."""

ZERO = (0, 0, 0, 0, 0, 0)
NETWORK_INDEX = {"linkedin": 1, "x": 2, "facebook": 3, "whatsapp": 4, "email": 5}


def share(attrs, state, local):
    counts = state.windows.get("share", ZERO)
    today = counts[1] if counts[0] == local.day else 0
    total = state.totals.get("shares_total", 0)
    tags, hour = attrs.get("tags", ()), local.hour
    matched = [0]
    network = NETWORK_INDEX.get(attrs.get("network", ""))
    if network:
        matched.append(network)
    if today == 1:
        matched.append(6)
    if 6 <= hour < 9:
        matched.append(7)
    if 18 <= hour < 22:
        matched.append(8)
    if local.weekday >= 6:
        matched.append(9)
    if "launch" in tags:
        matched.append(10)
    if "careers" in tags:
        matched.append(11)
    if state.streak_length >= 7 and today == 1:
        matched.append(12)
    if (counts[3] if counts[2] == local.week else 0) == 5:
        matched.append(13)
    if total == 10:
        matched.append(14)
    if total == 50:
        matched.append(15)
    if state.lifetime_points < 50 and today == 1:
        matched.append(16)
    return matched


def click(attrs, state, local):
    counts = state.windows.get("click", ZERO)
    matched = [0]
    if (counts[1] if counts[0] == local.day else 0) == 1:
        matched.append(1)
    if (counts[5] if counts[4] == local.month else 0) == 10:
        matched.append(2)
    if state.totals.get("clicks_total", 0) == 100:
        matched.append(3)
    if "launch" in attrs.get("tags", ()):
        matched.append(4)
    return matched


def quiz_passed(attrs, state, local):
    return [0, 1] if attrs.get("quiz_score", 0) >= 100 else [0]


def always(attrs, state, local):
    return [0]


MATCHERS = {
    "share": share,
    "click": click,
    "quiz_passed": quiz_passed,
    "content_opened": always,
    "guidelines_acknowledged": always,
    "suggestion_approved": always,
    "kudos": always,
}
