"""mastery: concept mastery with review cards, daily history, ability per subject, parameters

Revision ID: a1b2c3d4e5f6
Revises: 7c1e5a9b3d20
Create Date: 2026-11-26 18:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = 'a1b2c3d4e5f6'
down_revision: str | None = '7c1e5a9b3d20'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('mastery_parameters',
    sa.Column('key', sa.String(length=32), nullable=False),
    sa.Column('bkt', sa.JSON(), nullable=False),
    sa.Column('fsrs', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_mastery_parameters'))
    )
    op.create_table('student_ability',
    sa.Column('student_id', sa.Uuid(), nullable=False),
    sa.Column('subject_code', sa.String(length=16), nullable=False),
    sa.Column('theta', sa.Double(), nullable=False),
    sa.Column('sd', sa.Double(), nullable=False),
    sa.Column('evidence', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['student_id'], ['users.id'], name=op.f('fk_student_ability_student_id_users'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['subject_code'], ['subjects.code'], name=op.f('fk_student_ability_subject_code_subjects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('student_id', 'subject_code', name=op.f('pk_student_ability'))
    )
    op.create_table('concept_mastery',
    sa.Column('student_id', sa.Uuid(), nullable=False),
    sa.Column('concept_id', sa.String(length=80), nullable=False),
    sa.Column('p_mastery', sa.Double(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('correct', sa.Integer(), nullable=False),
    sa.Column('first_seen', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_seen', sa.DateTime(timezone=True), nullable=True),
    sa.Column('fsrs_card', sa.JSON(), nullable=True),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('gap_suspected', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('correct >= 0 AND correct <= attempts', name=op.f('ck_concept_mastery_correct_range')),
    sa.CheckConstraint('p_mastery >= 0 AND p_mastery <= 1', name=op.f('ck_concept_mastery_p_mastery_range')),
    sa.ForeignKeyConstraint(['concept_id'], ['concepts.id'], name=op.f('fk_concept_mastery_concept_id_concepts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['student_id'], ['users.id'], name=op.f('fk_concept_mastery_student_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('student_id', 'concept_id', name=op.f('pk_concept_mastery'))
    )
    with op.batch_alter_table('concept_mastery', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_concept_mastery_concept_id'), ['concept_id'], unique=False)
        batch_op.create_index('ix_concept_mastery_student_id_due_at', ['student_id', 'due_at'], unique=False)

    op.create_table('mastery_history',
    sa.Column('student_id', sa.Uuid(), nullable=False),
    sa.Column('concept_id', sa.String(length=80), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('p_mastery', sa.Double(), nullable=False),
    sa.CheckConstraint('p_mastery >= 0 AND p_mastery <= 1', name=op.f('ck_mastery_history_p_mastery_range')),
    sa.ForeignKeyConstraint(['concept_id'], ['concepts.id'], name=op.f('fk_mastery_history_concept_id_concepts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['student_id'], ['users.id'], name=op.f('fk_mastery_history_student_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('student_id', 'concept_id', 'day', name=op.f('pk_mastery_history'))
    )
    with op.batch_alter_table('mastery_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mastery_history_concept_id'), ['concept_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('mastery_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mastery_history_concept_id'))

    op.drop_table('mastery_history')
    with op.batch_alter_table('concept_mastery', schema=None) as batch_op:
        batch_op.drop_index('ix_concept_mastery_student_id_due_at')
        batch_op.drop_index(batch_op.f('ix_concept_mastery_concept_id'))

    op.drop_table('concept_mastery')
    op.drop_table('student_ability')
    op.drop_table('mastery_parameters')
