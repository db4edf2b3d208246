"""A believable demo company, so a fresh install never starts empty."""

import hashlib
import random
from datetime import UTC, datetime, time, timedelta

from werkzeug.security import generate_password_hash

from gamification import TeamChallenge, demo_rule_set
from gamification.documents import to_document
from server.analytics import rollups
from server.extensions import db
from server.leaderboards.periods import month_bounds, period_key, previous_month
from server.links import clicks
from server.models import (
    NETWORKS,
    Click,
    Content,
    GuidelinesAck,
    GuidelinesVersion,
    Organisation,
    Prize,
    Redemption,
    Reward,
    Share,
    SpendingEntry,
    Team,
    User,
)
from server.models.types import utcnow
from server.rewards.balances import balance
from server.rules import rulebook
from server.scoring import challenges
from server.sharing import service as sharing

PASSWORD = "demo-password"
LOGINS = [
    ("advocate@demo.example", "advocate"),
    ("advocate2@demo.example", "advocate"),
    ("manager@demo.example", "manager"),
    ("admin@demo.example", "admin"),
    ("newcomer@demo.example", "advocate"),  # joined today: guidelines, quiz, first share to come
]
NEWCOMER = "newcomer@demo.example"
GUIDELINES = """Share as yourself. Say you work at Northwind: keep #Northwind in any caption you edit.

Share only what is published here. Never share confidential plans, prices before launch, or
customer names that are not in a published story.

Be kind and stay on topic. Leave arguments, politics and promises ("guaranteed returns") out.

When in doubt, ask the communications team before you post."""
QUIZ = {
    "pass_mark": 67,
    "questions": [
        {
            "question": "What must an edited caption keep?",
            "options": ["#Northwind", "A link to our shop", "Nothing"],
            "answer": 0,
        },
        {
            "question": "May you share a product's price before launch?",
            "options": ["Yes, if it's good news", "No"],
            "answer": 1,
        },
        {
            "question": "A customer story isn't published yet. Can you name the customer?",
            "options": ["Yes", "No, wait until it is published"],
            "answer": 1,
        },
    ],
}
TEAMS = ["Sales", "Marketing", "Engineering", "Customer Success"]
DEPARTMENTS = {
    "Sales": "Commercial",
    "Customer Success": "Commercial",
    "Marketing": "Brand",
    "Engineering": "Product",
}
LOCATIONS = ["London", "Manchester", "Lisbon"]
FIRST = [
    "Ava",
    "Ben",
    "Chloe",
    "Dev",
    "Elena",
    "Farid",
    "Grace",
    "Hiro",
    "Isla",
    "Jonas",
    "Kemi",
    "Liam",
    "Maya",
    "Noah",
    "Olu",
    "Priya",
    "Quinn",
    "Rosa",
    "Sam",
    "Tariq",
    "Uma",
    "Victor",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zara",
    "Arjun",
    "Bea",
    "Carlos",
    "Dana",
    "Emil",
    "Fatima",
]
LAST = [
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Patel",
    "Rossi",
    "Haddad",
    "Nguyen",
    "Tanaka",
    "Brennan",
    "Schulz",
    "Adeyemi",
    "Walsh",
    "Cohen",
    "Silva",
    "Mensah",
    "Iyer",
    "Murphy",
    "Garcia",
]
TOPICS = [
    ("Northwind named a leader in outdoor retail sustainability", "sustainability"),
    ("How our repair programme kept 40,000 jackets out of landfill", "repair"),
    ("We're hiring: 25 roles across Sales and Engineering", "careers"),
    ("Customer story: Alpine Guides cut kit costs by 30%", "customers"),
    ("Launching TrailPack 2: lighter, tougher, fully recyclable", "launch"),
    ("Inside our Lisbon design studio", "culture"),
    ("Five lessons from a year of four-day weeks", "culture"),
    ("Our 2026 impact report is out", "sustainability"),
    ("Webinar: layering for winter, with our product team", "events"),
    ("Northwind joins the 1% for the Planet network", "sustainability"),
    ("Meet the engineers behind our new waterproof membrane", "engineering"),
    ("Spring sale preview for partners", "sales"),
    ("Why we publish our supplier list", "sustainability"),
    ("Customer story: city cycling club goes carbon-neutral", "customers"),
    ("Graduate programme applications are open", "careers"),
    ("Northwind at the Outdoor Trade Show: see us at stand B12", "events"),
    ("The science of breathable fabrics, explained", "engineering"),
    ("Volunteering week: 1,200 hours for local trails", "culture"),
    ("New: lifetime warranty on all packs", "launch"),
    ("Q3 partner results: record growth in Nordics", "sales"),
]


def seed(rng: random.Random | None = None) -> str:
    """Create the organisation, teams, people, content, shares since the start of last month (a
    whole month to close for prizes) and prizes; commit once."""
    rng = rng or random.Random(2026)
    now = utcnow()
    org = Organisation.current()
    org.name, org.timezone = "Northwind Outfitters", "Europe/London"
    teams = [Team(name=name, department=DEPARTMENTS[name], location=LOCATIONS[0]) for name in TEAMS]
    db.session.add_all(teams)
    db.session.flush()
    # The demo's rules apply to its whole history; Sales gets the team challenge.
    rules = demo_rule_set(now, challenge_team_id=teams[0].id, timezone=org.timezone)
    rulebook.add_version(None, to_document(rules), rules.effective_from)
    people = _people(teams, rng)
    days = _history_days(now, org.zone)
    items = _content(teams, people[-1], now, days, rng)
    db.session.flush()
    shares = _history(people, items, now, days, org.zone, rng)
    _prizes(teams[0], now, org.zone)
    _rewards(people, now)
    _guidelines(org, people)
    db.session.commit()
    challenges.settle_running()  # what the history's shares and clicks achieved as a team
    _last_months_challenge(teams[0], now, org.zone)
    return f"{len(teams)} teams, {len(people)} people, {len(items)} content items, {shares} shares"


def _last_months_challenge(team: Team, now, zone) -> None:
    """An ended team challenge with its result kept, counted from last month's real history: the
    rules have moved on, so the result row is all that is left of it (as after a removal)."""
    month = previous_month(period_key("month", now, zone))
    starts, ends = month_bounds(month, zone)
    name = f"{team.name} shares 100 times in {starts.strftime('%B')}"
    challenge = TeamChallenge(f"team.sales-{month}", name, team.id, "share", 100, starts, ends, 50)
    challenges.keep_result(challenge)
    db.session.commit()


def _people(teams: list[Team], rng: random.Random) -> list[User]:
    hashed = generate_password_hash(PASSWORD, method="scrypt")
    named = [
        ("Alex Morgan", teams[0], "advocate"),
        ("Jamie Chen", teams[1], "advocate"),
        ("Morgan Reyes", teams[0], "manager"),
        ("Riley Admin", None, "admin"),
        ("Sasha Novak", teams[1], "advocate"),
    ]
    people = [
        User(email=email, display_name=name, role=role, team=team, password_hash=hashed)
        for (email, _), (name, team, role) in zip(LOGINS, named, strict=True)
    ]
    names = rng.sample([f"{first} {last}" for first in FIRST for last in LAST], 32)
    for index, name in enumerate(names):
        email = name.lower().replace(" ", ".") + "@demo.example"
        team = teams[index % len(teams)]
        people.append(User(email=email, display_name=name, team=team, password_hash=hashed))
    for person in people:
        # Organisation attributes, as an HR import would bring them: more leaderboard scopes.
        person.location = rng.choice(LOCATIONS)
        person.department = DEPARTMENTS[person.team.name] if person.team else "Communications"
    db.session.add_all(people)
    people[2].managed_teams = [teams[0]]  # Morgan Reyes is named manager of Sales
    # The admin publishes; keep them last so the caller can find them.
    people.append(people.pop(3))
    return people


def _history_days(now, zone) -> int:
    """Days back to the first of last month, on the organisation's calendar."""
    first = now.astimezone(zone).date().replace(day=1)
    last_month = (first - timedelta(days=1)).replace(day=1)
    return (now.astimezone(zone).date() - last_month).days + 1


def _content(teams: list[Team], author: User, now, days: int, rng: random.Random) -> list[Content]:
    items = []
    for index, (title, topic) in enumerate(TOPICS):
        slug = "-".join(title.lower().replace(":", "").replace(",", "").split()[:6])
        url = f"https://northwind.example/{topic}/{slug}"
        targets = [teams[index % len(teams)]] if index % 5 == 4 else []
        published = now - timedelta(days=(days + 4) * (1 - index / len(TOPICS)), hours=rng.randint(0, 8))
        items.append(
            Content(
                title=title,
                url=url,
                summary=_summary(topic),
                image_url=f"/demo/covers/{index + 1}.svg",
                captions=_captions(title, topic),
                tags=_tags(topic),
                status="published",
                created_by=author,
                publish_at=published,
                # History: announced when it came out, so nobody's phone gets last month's news.
                announced_at=published,
                target_teams=targets,
            )
        )
    db.session.add_all(items)
    return items


def _tags(topic: str) -> list[str]:
    # Engineering stories also feed the product launch campaign.
    return [topic, "launch"] if topic == "engineering" else [topic]


def _summary(topic: str) -> str:
    return {
        # Pasted from the CMS with its formatting, which the card keeps (server/rich_text.py).
        "sustainability": "<p>What we changed this year, <strong>what it saved</strong>, what's next.</p>",
        "repair": "Repairing beats replacing: the numbers behind our repair programme.",
        "customers": "A short read on how a customer uses Northwind kit in the field.",
        "careers": "Know someone great? Share the roles with your network.",
        "launch": "Our newest product, built with feedback from thousands of customers.",
        "culture": "A look at how we work, from the people who do the work.",
        "events": "Join us and bring a colleague: registration is free.",
        "engineering": "The materials science behind the gear, without the jargon.",
        "sales": "Headlines for partners and customers, ready to share.",
    }[topic]


def _captions(title: str, topic: str) -> dict[str, str]:
    tag = "#" + topic.capitalize()
    return {
        "linkedin": f"Proud of this one: {title}. Worth a read. {tag} #Northwind",
        "x": f"{title} {tag}",
        "facebook": f"{title} — take a look!",
    }


def _history(people: list[User], items: list[Content], now, days: int, zone, rng: random.Random) -> int:
    advocates = [p for p in people if p.role != "admin" and p.email != NEWCOMER]
    logins = {email for email, _ in LOGINS}
    count = 0
    for person in advocates:
        # A few enthusiasts, many occasional sharers, some quiet: like real programmes. The
        # people you log in as are regulars whatever the date, so they are on the boards' first
        # page to look at (the draws of everyone else depend on how many days there are).
        regular = person.email in logins
        rate = 0.5 if regular else rng.choice([0.05, 0.15, 0.15, 0.3, 0.3, 0.5, 0.8])
        moments = [
            now - timedelta(days=day, hours=rng.randint(0, 9), minutes=rng.randint(0, 59))
            for day in range(days, 0, -1)
            if rng.random() <= rate
        ]
        if regular or rng.random() <= rate:
            moments += _earlier_today(now, zone, rng)
        for at in sorted(moments):  # in order, as they happened: streaks and daily counts
            available = [c for c in items if c.publish_at <= at and c.is_targeted_to(person.team_id)]
            if available:
                count += _share(person, rng.choice(available), at, now, rng, count)
    return count


def _earlier_today(now, zone, rng: random.Random) -> list:
    """A moment between the organisation's midnight and `now`, never after it: seeded on the
    first day of a week, month or quarter, the demo's boards for it are live, not empty."""
    # In UTC: wall-clock arithmetic would put moments after `now` on a daylight-saving day.
    midnight = datetime.combine(now.astimezone(zone).date(), time(), tzinfo=zone).astimezone(UTC)
    at = midnight + (now - midnight) * rng.random()
    return [at] if at < now else []


def _share(person: User, item: Content, at, now, rng: random.Random, serial: int) -> int:
    network = rng.choices(NETWORKS, weights=[6, 3, 2, 2, 1])[0]
    share = Share(content_id=item.id, network=network, client_id=f"demo-{serial:06d}", created_at=at)
    share.user_id = person.id
    sharing.record(person, share)
    _clicks(person, item, network, at, now, rng, serial)
    return 1


def _clicks(person: User, item: Content, network: str, at, now, rng: random.Random, serial: int) -> None:
    """People clicking the shared link over the next hours: most posts get a few, some none."""
    for n in range(rng.choice([0, 0, 1, 1, 2, 3, 5])):
        clicked = at + timedelta(minutes=rng.randint(5, 600))
        if clicked >= now:  # the history ends when it is seeded
            continue
        visitor = hashlib.sha256(f"demo-{serial}-{n}".encode()).hexdigest()
        hits = 1 + n % 2  # some readers come back to the post
        click = Click(
            user_id=person.id, content_id=item.id, network=network, day=clicked.date(), visitor=visitor
        )
        click.clicked_at, click.hits = clicked, hits
        db.session.add(click)
        db.session.flush()
        rollups.add(clicked, person, item.id, network, clicks=hits, unique_clickers=1)
        clicks.scored_click(person, click, item.tags)


def _prizes(team: Team, now, zone) -> None:
    """Last month's prizes for the demo manager's team, ready to close, and this month's."""
    month = period_key("month", now, zone)
    last = previous_month(month)
    common = {"team_id": team.id, "month": last}
    db.session.add_all(
        [
            Prize(
                **common,
                title="Top sharer: £50 gift card",
                method="top",
                description="For whoever shared the most last month.",
            ),
            Prize(
                **common,
                title="Coffee raffle",
                method="raffle",
                quantity=2,
                min_active_days=2,
                ticket_cap=50,
                description="Two coffee vouchers, drawn among everyone who shared on two days or more: "
                "a ticket per point, at most 50 each.",
            ),
            Prize(
                **common,
                title="Most improved: a day off",
                method="most_improved",
                description="For the biggest climb on the month before.",
            ),
            Prize(
                month=last,
                title="Team lunch",
                method="best_team",
                description="Lunch for the team with the most points per member.",
            ),
            Prize(
                month=month,
                title="Top sharer: £50 gift card",
                method="top",
                description="For whoever shares the most this month.",
            ),
            Prize(
                month=month,
                team_id=team.id,
                title="Coffee raffle",
                method="raffle",
                quantity=2,
                min_active_days=2,
                ticket_cap=50,
                description="Two coffee vouchers, drawn among everyone who shares on two days or more.",
            ),
        ]
    )


def _rewards(people: list[User], now) -> None:
    """A store with something for every balance, and redemptions at each step of fulfilment for
    the demo's advocates and manager (each only if their points cover it)."""
    rewards = [
        Reward(
            title="Northwind hoodie",
            cost=600,
            stock=25,
            per_person_limit=1,
            limit_period="year",
            description="Navy, organic cotton, sizes XS-XXL: say yours in the note.",
        ),
        Reward(
            title="Coffee voucher",
            cost=150,
            per_person_limit=2,
            limit_period="month",
            description="A coffee on us at the café of your choice.",
        ),
        Reward(
            title="£20 to The Ocean Cleanup",
            cost=200,
            charity="The Ocean Cleanup",
            description="We donate £20 in your name.",
        ),
        Reward(
            title="An extra day off",
            cost=1500,
            stock=2,
            per_person_limit=1,
            limit_period="year",
            description="Agree the date with your manager.",
        ),
        Reward(
            title="Lunch with the leadership team",
            cost=900,
            stock=4,
            per_person_limit=1,
            limit_period="ever",
            description="Bring your questions.",
        ),
    ]
    db.session.add_all(rewards)
    db.session.flush()
    coffee, donation = rewards[1:3]
    alex, jamie, morgan = people[0], people[1], people[2]
    steps = [
        (alex, coffee, "received", 24, ""),
        (alex, donation, "requested", 1, ""),
        (jamie, coffee, "rejected", 9, "The café closes for refurbishment this month: your points are back."),
        (jamie, donation, "approved", 3, ""),
        (morgan, coffee, "sent", 6, ""),
    ]
    for person, reward, status, days_ago, reason in steps:
        if balance(person.id)["available"] >= reward.cost:
            _redeemed(person, reward, status, now - timedelta(days=days_ago), reason)


def _redeemed(person: User, reward: Reward, status: str, at, reason: str) -> None:
    note = "To the London office, please." if reward.charity is None else ""
    redemption = Redemption(
        reward_id=reward.id,
        user_id=person.id,
        client_id=f"demo-{person.id}-{reward.id}",
        cost=reward.cost,
        status=status,
        reason=reason,
        note=note,
        requested_at=at,
        status_changed_at=at + timedelta(hours=20) if status != "requested" else at,
    )
    db.session.add(redemption)
    db.session.flush()
    rows = [("redemption", -reward.cost)] + ([("refund", reward.cost)] if status == "rejected" else [])
    db.session.add_all(
        SpendingEntry(user_id=person.id, redemption_id=redemption.id, kind=kind, points=points, created_at=at)
        for kind, points in rows
    )
    db.session.flush()


def _guidelines(org: Organisation, people: list[User]) -> None:
    """Guidelines everyone has read (they have been sharing for weeks) except the newcomer."""
    org.prohibited_words = ["confidential", "guaranteed returns", "insider"]
    org.required_disclosure = "#Northwind"
    org.quiz = QUIZ
    version = GuidelinesVersion(text=GUIDELINES, published_by_id=people[-1].id)
    db.session.add(version)
    db.session.flush()
    db.session.add_all(
        GuidelinesAck(user_id=p.id, version_id=version.id) for p in people if p.email != NEWCOMER
    )
