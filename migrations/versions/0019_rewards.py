"""rules and rewards: a reason per published rule version, team challenge results kept after
they end, prize exclusions for the whole month, and the reward store with its spending ledger

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07 20:40:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('challenge_results',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('challenge_id', sa.String(length=64), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('event_type', sa.String(length=32), nullable=False),
    sa.Column('target', sa.Integer(), nullable=False),
    sa.Column('reward_points', sa.Integer(), nullable=False),
    sa.Column('starts', sa.DateTime(), nullable=False),
    sa.Column('ends', sa.DateTime(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('reached_at', sa.DateTime(), nullable=True),
    sa.Column('contributors', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('challenge_id', 'team_id', name='uq_challenge_results')
    )
    with op.batch_alter_table('challenge_results', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_challenge_results_team_id'), ['team_id'], unique=False)

    op.create_table('rewards',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=120), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('image_url', sa.String(length=500), nullable=True),
    sa.Column('cost', sa.Integer(), nullable=False),
    sa.Column('stock', sa.Integer(), nullable=True),
    sa.Column('per_person_limit', sa.Integer(), nullable=True),
    sa.Column('limit_period', sa.String(length=8), nullable=False),
    sa.Column('charity', sa.String(length=120), nullable=True),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('redemptions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reward_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.String(length=64), nullable=True),
    sa.Column('cost', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.String(length=500), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('requested_at', sa.DateTime(), nullable=False),
    sa.Column('status_changed_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'], ),
    sa.ForeignKeyConstraint(['reward_id'], ['rewards.id'], ),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('user_id', 'client_id', name='uq_redemptions_client')
    )
    with op.batch_alter_table('redemptions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_redemptions_reward_id'), ['reward_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_redemptions_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_redemptions_user_id'), ['user_id'], unique=False)

    op.create_table('spending_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('redemption_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['redemption_id'], ['redemptions.id'], ),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('redemption_id', 'kind', name='uq_spending_redemption_kind')
    )
    with op.batch_alter_table('spending_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_spending_entries_user_id'), ['user_id'], unique=False)

    with op.batch_alter_table('prize_exclusions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('close_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('scope', sa.String(length=8), server_default='prize', nullable=False))
        batch_op.alter_column('prize_id',
               existing_type=sa.INTEGER(),
               nullable=True)
        batch_op.create_index(batch_op.f('ix_prize_exclusions_close_id'), ['close_id'], unique=False)
        batch_op.create_foreign_key('fk_prize_exclusions_close_id', 'month_closes', ['close_id'], ['id'])
    # Exclusions made before scopes were for one prize: tie each to its month's close.
    op.execute(
        "UPDATE prize_exclusions SET close_id = (SELECT month_closes.id FROM month_closes, prizes"
        " WHERE prizes.id = prize_exclusions.prize_id AND month_closes.month = prizes.month"
        " AND month_closes.scope_key = prizes.scope_key)"
    )

    with op.batch_alter_table('rule_set_versions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reason', sa.String(length=200), server_default='', nullable=False))

    # Whether the advocate wrote their own caption, so rules on it replay as they scored live.
    with op.batch_alter_table('shares', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('caption_edited', sa.Boolean(), server_default=sa.false(), nullable=False)
        )



def downgrade():
    with op.batch_alter_table('shares', schema=None) as batch_op:
        batch_op.drop_column('caption_edited')

    with op.batch_alter_table('rule_set_versions', schema=None) as batch_op:
        batch_op.drop_column('reason')

    with op.batch_alter_table('prize_exclusions', schema=None) as batch_op:
        batch_op.drop_constraint('fk_prize_exclusions_close_id', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_prize_exclusions_close_id'))
        batch_op.alter_column('prize_id',
               existing_type=sa.INTEGER(),
               nullable=False)
        batch_op.drop_column('scope')
        batch_op.drop_column('close_id')

    with op.batch_alter_table('spending_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_spending_entries_user_id'))

    op.drop_table('spending_entries')
    with op.batch_alter_table('redemptions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_redemptions_user_id'))
        batch_op.drop_index(batch_op.f('ix_redemptions_status'))
        batch_op.drop_index(batch_op.f('ix_redemptions_reward_id'))

    op.drop_table('redemptions')
    op.drop_table('rewards')
    with op.batch_alter_table('challenge_results', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_challenge_results_team_id'))

    op.drop_table('challenge_results')
