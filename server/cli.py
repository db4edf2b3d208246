"""`flask` commands for operators: seed-demo, create-user, deactivate-user, rebuild-ranks,
check-ledger, vapid-keys, delete-due-accounts, expire-clicks."""

from pathlib import Path

import click
from flask import Flask, current_app

from server import demo
from server.accounts import service as accounts
from server.extensions import db
from server.leaderboards.ranks import sync
from server.links import retention as click_retention
from server.models import ROLES, Team, User
from server.privacy import deletion
from server.push import keys
from server.scoring import ledger_check, ledger_totals

SHOWN_FINDINGS = 50


@click.command("seed-demo")
@click.option("--if-empty", is_flag=True, help="Do nothing when the database already has users.")
def seed_demo(if_empty: bool) -> None:
    """Fill the database with a believable demo company."""
    if db.session.scalar(db.select(User.id).limit(1)) is not None:
        if not if_empty:
            raise click.ClickException("The database already has users; seed only an empty one.")
        click.echo("Database already has data; not seeding.")
    else:
        summary = demo.seed()
        click.echo(f"Seeded demo company: {summary}.")
    if db.session.scalar(db.select(User.id).filter_by(email=demo.LOGINS[0][0])):
        click.echo(f"Demo logins (password for all: {demo.PASSWORD}):")
        for email, role in demo.LOGINS:
            click.echo(f"  {role:<9} {email}")


@click.command("create-user")
@click.option("--email", required=True)
@click.option("--name", "display_name", required=True)
@click.option("--role", type=click.Choice(ROLES), default="advocate", show_default=True)
@click.option("--team", help="Team name; created if it does not exist.")
@click.option("--department", help="Department (a leaderboard scope).")
@click.option("--location", help="Location (a leaderboard scope).")
@click.password_option()
def create_user(
    email: str, display_name: str, role: str, team: str | None, password: str, **attributes
) -> None:
    """Create a user who can log in."""
    email = email.strip().lower()
    if "@" not in email:
        raise click.BadParameter("not an email address", param_hint="--email")
    if db.session.scalar(db.select(User.id).filter_by(email=email)):
        raise click.ClickException(f"A user with email {email} already exists.")
    for name, value in attributes.items():
        if value is not None and not 1 <= len(value.strip()) <= 80:
            raise click.BadParameter("use 1 to 80 characters", param_hint=f"--{name}")
    cleaned = {name: value.strip() for name, value in attributes.items() if value}
    user = User(email=email, display_name=display_name.strip(), role=role, team=_team(team), **cleaned)
    user.set_password(password)
    db.session.add(user)
    db.session.commit()
    click.echo(f"Created {role} {email}.")


@click.command("rebuild-ranks")
@click.option("--from-ledger", is_flag=True, help="Recompute every score from the ledger first.")
def rebuild_ranks(from_ledger: bool) -> None:
    """Rebuild the leaderboards' rank store (in process or Redis) from the scores."""
    if from_ledger:
        click.echo(f"Recomputed {ledger_totals.recompute_scores()} scores from the ledger.")
    click.echo(f"Rebuilt the rank store: {sync.rebuild()} board entries.")


@click.command("check-ledger")
@click.option("--repair", is_flag=True, help="Rebuild scores and ranks from the ledger, then check again.")
def check_ledger(repair: bool) -> None:
    """Check that ledger, scores, rank store, badge awards and spending balances agree; exit 1
    while they don't."""
    shared = bool(current_app.config.get("RANK_STORE_URL"))
    if not shared:
        click.echo("Rank store: inside each server process, rebuilt from the scores at start.")
    findings = ledger_check.check(ranks=shared)
    _report(findings)
    if repair and findings:
        scores, entries = ledger_check.repair()
        click.echo(f"Repaired: {scores} scores from the ledger, {entries} board entries from the scores.")
        findings = ledger_check.check(ranks=shared)
        _report(findings)
    if findings:
        raise SystemExit(1)


KINDS = ("score", "rank", "badge", "spending", "balance")  # what check-ledger compares


def _report(findings) -> None:
    for finding in findings[:SHOWN_FINDINGS]:
        click.echo(f"  {finding}")
    if len(findings) > SHOWN_FINDINGS:
        click.echo(f"  ... and {len(findings) - SHOWN_FINDINGS} more")
    kinds = {kind: sum(f.kind == kind for f in findings) for kind in KINDS}
    if findings:
        click.echo("Disagreements: " + ", ".join(f"{n} {kind}" for kind, n in kinds.items() if n) + ".")
    else:
        click.echo("Ledger, scores, ranks, badges and balances agree.")


@click.command("deactivate-user")
@click.argument("email")
@click.option("--reactivate", is_flag=True, help="Let a deactivated user back in.")
def deactivate_user(email: str, reactivate: bool) -> None:
    """Deactivate an account: its sessions and live connections end, no login, off every board."""
    user = db.session.scalar(db.select(User).filter_by(email=email.strip().lower()))
    if user is None:
        raise click.BadParameter(f"no user with email {email}", param_hint="EMAIL")
    accounts.set_active(user, reactivate)
    click.echo(f"{'Reactivated' if reactivate else 'Deactivated'} {user.email}.")


@click.command("delete-due-accounts")
def delete_due_accounts() -> None:
    """Carry out the deletions whose 7-day grace period is over (the daily task does it too)."""
    click.echo(f"Deleted {deletion.carry_out_due()} account(s) whose grace period was over.")


@click.command("expire-clicks")
def expire_clicks() -> None:
    """Delete raw clicks older than the organisation's retention (the daily task does it too)."""
    click.echo(f"Deleted {click_retention.delete_expired()} click row(s) past retention.")


@click.command("vapid-keys")
@click.option(
    "--subject",
    default="mailto:push@example.com",
    show_default=True,
    help="A mailto: or https: contact for push services; use a real one in production.",
)
@click.option("--if-missing", is_flag=True, help="Keep keys that are already configured.")
def vapid_keys(subject: str, if_missing: bool) -> None:
    """Generate the VAPID key pair Web Push is signed with, into the instance folder."""
    if not subject.startswith(("mailto:", "https:")):
        raise click.BadParameter("must start with mailto: or https:", param_hint="--subject")
    instance = Path(current_app.instance_path)
    existing = keys.load(instance)
    if existing is not None and if_missing:
        click.echo(f"VAPID keys already configured; public key {existing.public_key}")
        return
    if existing is not None and (instance / keys.FILE_NAME).exists():
        click.confirm(
            "Replace the existing keys? Every device will have to turn notifications on again", abort=True
        )
    generated = keys.generate(subject)
    path = keys.save(generated, instance)
    click.echo(f"Wrote {path} (keep it secret). Public key: {generated.public_key}")
    click.echo("Or set VAPID_PRIVATE_KEY, VAPID_PUBLIC_KEY and VAPID_SUBJECT in the environment.")


def _team(name: str | None) -> Team | None:
    if not name:
        return None
    team = db.session.scalar(db.select(Team).filter_by(name=name))
    return team or Team(name=name)


def init_app(app: Flask) -> None:
    app.cli.add_command(seed_demo)
    app.cli.add_command(create_user)
    app.cli.add_command(rebuild_ranks)
    app.cli.add_command(check_ledger)
    app.cli.add_command(deactivate_user)
    app.cli.add_command(vapid_keys)
    app.cli.add_command(delete_due_accounts)
    app.cli.add_command(expire_clicks)
