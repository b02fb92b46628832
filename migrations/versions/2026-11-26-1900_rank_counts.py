"""rank counts: per-test score histogram for O(distinct scores) rank lookups

Revision ID: c3d4e5f6a7b8
Revises: b2c3d4e5f6a7
Create Date: 2026-11-26 19:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = 'c3d4e5f6a7b8'
down_revision: str | None = 'b2c3d4e5f6a7'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Frozen copy of gurukul.rankings.ranking.SCORE_DECIMALS as of this revision: scores are
# compared (and stored) rounded to this many decimals, never as -0.0.
SCORE_DECIMALS = 6


def upgrade() -> None:
    op.create_table('test_score_counts',
    sa.Column('test_id', sa.Uuid(), nullable=False),
    sa.Column('score', sa.Double(), nullable=False),
    sa.Column('candidates', sa.Integer(), nullable=False),
    sa.CheckConstraint('candidates > 0', name=op.f('ck_test_score_counts_candidates_positive')),
    sa.ForeignKeyConstraint(['test_id'], ['tests.id'], name=op.f('fk_test_score_counts_test_id_tests'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('test_id', 'score', name=op.f('pk_test_score_counts')),
    sqlite_with_rowid=False,
    )
    _backfill()


def _backfill() -> None:
    """Histogram rows from the existing per-attempt rows, grouped by the rounded score.

    Stored scores that are not yet rounded are rewritten to their key first, so that each
    histogram row names exactly the `test_scores` rows it counts. Plain SQL, so that
    `gurukul migrate --sql` (offline) prints it too.
    """
    if op.get_context().dialect.name == 'postgresql':
        # round(double precision, int) does not exist; numeric has no negative zero.
        rounded = f'CAST(round(CAST(score AS numeric), {SCORE_DECIMALS}) AS double precision)'
    else:
        rounded = f'(round(score, {SCORE_DECIMALS}) + 0.0)'
    op.execute(f'UPDATE test_scores SET score = {rounded} WHERE score <> {rounded}')
    op.execute(
        'INSERT INTO test_score_counts (test_id, score, candidates) '
        'SELECT test_id, score, count(*) FROM test_scores GROUP BY test_id, score'
    )


def downgrade() -> None:
    op.drop_table('test_score_counts')
