"""daily totals and monthly advocate and content rollups beside the daily one

Built from the daily rollups already recorded, so the dashboards read them from the start.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27 20:50:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

NETWORKS = ("linkedin", "x", "facebook", "whatsapp", "email")  # as they were at this revision
NO_TEAM = sa.text("coalesce(team_id, 0)")


def _figures(network_shares=False):
    columns = [
        sa.Column('team_id', sa.Integer(), sa.ForeignKey('teams.id'), nullable=True),
        sa.Column('shares', sa.Integer(), nullable=False, server_default='0'),
        sa.Column('clicks', sa.Integer(), nullable=False, server_default='0'),
        sa.Column('unique_clickers', sa.Integer(), nullable=False, server_default='0'),
    ]
    if network_shares:
        columns += [sa.Column(f'shares_{n}', sa.Integer(), nullable=False, server_default='0') for n in NETWORKS]
    return columns


def upgrade():
    op.create_table('daily_totals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('network', sa.String(length=16), nullable=False),
    *_figures(),
    sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('uq_daily_totals_key', 'daily_totals', ['day', NO_TEAM, 'network'], unique=True)
    op.create_table('monthly_advocate_activity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('user_id', sa.Integer(), sa.ForeignKey('users.id'), nullable=False),
    *_figures(network_shares=True),
    sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('uq_monthly_advocate_key', 'monthly_advocate_activity', ['user_id', 'month', NO_TEAM], unique=True)
    op.create_index('ix_monthly_advocate_month', 'monthly_advocate_activity', ['month'])
    op.create_table('monthly_content_activity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('content_id', sa.Integer(), sa.ForeignKey('content.id'), nullable=False),
    *_figures(network_shares=True),
    sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('uq_monthly_content_key', 'monthly_content_activity', ['month', 'content_id', NO_TEAM], unique=True)
    _backfill()


def _backfill():
    """Sum the daily rollups into the new tables, in the database (no rows through Python)."""
    bind = op.get_bind()
    month = "CAST(date_trunc('month', day) AS date)" if bind.dialect.name == "postgresql" else "date(day, 'start of month')"
    figures = "sum(shares), sum(clicks), sum(unique_clickers)"
    by_network = ", ".join(f"sum(CASE WHEN network = '{n}' THEN shares ELSE 0 END)" for n in NETWORKS)
    columns = "team_id, shares, clicks, unique_clickers, " + ", ".join(f"shares_{n}" for n in NETWORKS)
    op.execute(
        "INSERT INTO daily_totals (day, network, team_id, shares, clicks, unique_clickers) "
        f"SELECT day, network, team_id, {figures} FROM daily_activity GROUP BY day, network, team_id"
    )
    for table, key in (("monthly_advocate_activity", "user_id"), ("monthly_content_activity", "content_id")):
        op.execute(
            f"INSERT INTO {table} (month, {key}, {columns}) "
            f"SELECT {month}, {key}, team_id, {figures}, {by_network} "
            f"FROM daily_activity GROUP BY {month}, {key}, team_id"
        )


def downgrade():
    op.drop_index('uq_monthly_content_key', table_name='monthly_content_activity')
    op.drop_table('monthly_content_activity')
    op.drop_index('ix_monthly_advocate_month', table_name='monthly_advocate_activity')
    op.drop_index('uq_monthly_advocate_key', table_name='monthly_advocate_activity')
    op.drop_table('monthly_advocate_activity')
    op.drop_index('uq_daily_totals_key', table_name='daily_totals')
    op.drop_table('daily_totals')
