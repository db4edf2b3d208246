"""console: teams with several managers, department, location and archiving; branding; caption
variants; people's imports and managers; directory sync (SCIM) ids and tokens

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 17:00:00

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None

def upgrade():
    op.create_table('import_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('filename', sa.String(length=200), nullable=False),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.Column('invitations_total', sa.Integer(), nullable=False),
    sa.Column('invitations_sent', sa.Integer(), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('scim_tokens',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_used_at', sa.DateTime(), nullable=True),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('token_hash')
    )
    op.create_table('team_managers',
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('team_id', 'user_id')
    )
    with op.batch_alter_table('team_managers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_managers_user_id'), ['user_id'], unique=False)

    with op.batch_alter_table('content', schema=None) as batch_op:
        batch_op.add_column(sa.Column('caption_variants', sa.JSON(), server_default='{}', nullable=False))

    with op.batch_alter_table('invitations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('token_sealed', sa.String(length=512), nullable=True))

    with op.batch_alter_table('organisations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('logo_url', sa.String(length=2048), nullable=True))
        batch_op.add_column(sa.Column('brand_colour', sa.String(length=7), nullable=True))
        batch_op.add_column(sa.Column('accent_colour', sa.String(length=7), nullable=True))
        batch_op.add_column(sa.Column('push_contact', sa.String(length=254), nullable=True))

    with op.batch_alter_table('teams', schema=None) as batch_op:
        batch_op.add_column(sa.Column('department', sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column('location', sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column('archived_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('external_id', sa.String(length=200), nullable=True))
        batch_op.create_unique_constraint('uq_teams_external_id', ['external_id'])

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('manager_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('external_id', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('deprovisioned_at', sa.DateTime(), nullable=True))
        batch_op.create_unique_constraint('uq_users_external_id', ['external_id'])
        batch_op.create_foreign_key('fk_users_manager_id', 'users', ['manager_id'], ['id'])

def downgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_constraint('fk_users_manager_id', type_='foreignkey')
        batch_op.drop_constraint('uq_users_external_id', type_='unique')
        batch_op.drop_column('deprovisioned_at')
        batch_op.drop_column('external_id')
        batch_op.drop_column('manager_id')

    with op.batch_alter_table('teams', schema=None) as batch_op:
        batch_op.drop_constraint('uq_teams_external_id', type_='unique')
        batch_op.drop_column('external_id')
        batch_op.drop_column('archived_at')
        batch_op.drop_column('location')
        batch_op.drop_column('department')

    with op.batch_alter_table('organisations', schema=None) as batch_op:
        batch_op.drop_column('push_contact')
        batch_op.drop_column('accent_colour')
        batch_op.drop_column('brand_colour')
        batch_op.drop_column('logo_url')

    with op.batch_alter_table('invitations', schema=None) as batch_op:
        batch_op.drop_column('token_sealed')

    with op.batch_alter_table('content', schema=None) as batch_op:
        batch_op.drop_column('caption_variants')

    with op.batch_alter_table('team_managers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_managers_user_id'))

    op.drop_table('team_managers')
    op.drop_table('scim_tokens')
    op.drop_table('import_runs')
