// Login sessions; each row carries its user's site so that the table stays site-scoped.
import { DomainError } from '@logipilot/domain';
import type { SqlExecutor } from '../events/sql-executor.ts';
import { sessions } from '../schema/index.ts';
import type { Session, SessionRepository } from './contract.ts';
import { columnsOf, selectList } from './sql-text.ts';
import { run } from './table-repository.ts';

const SELECT = `SELECT ${selectList(columnsOf(sessions).filter((c) => c.key !== 'siteId'))} FROM sessions`;

export class PgSessionRepository implements SessionRepository {
  constructor(private readonly sql: SqlExecutor) {}

  async create(session: Session): Promise<void> {
    const rows = await run(
      this.sql,
      'sessions',
      'write',
      `INSERT INTO sessions (id, site_id, user_id, created_at, expires_at)
        SELECT $1, u.site_id, u.id, $3::timestamptz, $4::timestamptz FROM users u WHERE u.id = $2
        RETURNING id`,
      [session.id, session.userId, session.createdAt, session.expiresAt],
    );
    if (rows.length === 0)
      throw new DomainError('REFERENCE_NOT_FOUND', {
        params: { entity: 'sessions', constraint: 'sessions_user_fk' },
      });
  }

  async get(id: string): Promise<Session | null> {
    const [row] = await run(this.sql, 'sessions', 'read', `${SELECT} WHERE id = $1`, [id]);
    return (row as Session | undefined) ?? null;
  }

  async remove(id: string): Promise<void> {
    await run(this.sql, 'sessions', 'delete', 'DELETE FROM sessions WHERE id = $1', [id]);
  }

  async removeExpired(nowIso: string): Promise<number> {
    const rows = await run(
      this.sql,
      'sessions',
      'delete',
      'DELETE FROM sessions WHERE expires_at <= $1::timestamptz RETURNING id',
      [nowIso],
    );
    return rows.length;
  }
}
