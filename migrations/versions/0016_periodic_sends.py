"""periodic sends: each digest and close reminder at most once per person and period

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 10:00:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('periodic_sends',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=64), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('kind', 'user_id', 'period', name='uq_periodic_sends_once')
    )
    with op.batch_alter_table('periodic_sends', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_periodic_sends_user_id'), ['user_id'], unique=False)


def downgrade():
    with op.batch_alter_table('periodic_sends', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_periodic_sends_user_id'))

    op.drop_table('periodic_sends')
