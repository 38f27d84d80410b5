// Users: the generic table repository plus the password hash, which only login and account creation touch.
import type { User } from '@logipilot/domain';
import { DomainError } from '@logipilot/domain';
import { users } from '../schema/index.ts';
import type { StoredUser, UserRepository } from './contract.ts';
import { compileSpec, TableRepository } from './table-repository.ts';

export const userSpec = compileSpec<User, typeof users>({
  entity: 'users',
  table: users,
  naturalKey: ['username'],
  search: ['username', 'displayName'],
  hidden: ['passwordHash'],
  toRow: (u) => u,
  fromRow: (r) => r,
});

export class PgUserRepository extends TableRepository<User, typeof users> implements UserRepository {
  constructor(sql: ConstructorParameters<typeof TableRepository>[1]) {
    super(userSpec, sql);
  }

  async findByUsername(username: string): Promise<StoredUser | null> {
    const [row] = await this.run(
      'read',
      `SELECT ${userSpec.selectColumns}, password_hash AS "passwordHash" FROM users WHERE username = $1`,
      [username],
    );
    if (!row) return null;
    const { passwordHash, ...user } = row;
    return { user: (await this.load([user]))[0]!, passwordHash: String(passwordHash) };
  }

  async create(user: User, passwordHash: string): Promise<void> {
    await this.run(
      'write',
      `INSERT INTO users (id, site_id, username, display_name, role, client_id, locale, password_hash)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        user.id,
        user.siteId,
        user.username,
        user.displayName,
        user.role,
        user.clientId,
        user.locale,
        passwordHash,
      ],
    );
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    const rows = await this.run('write', 'UPDATE users SET password_hash = $2 WHERE id = $1 RETURNING id', [
      userId,
      passwordHash,
    ]);
    if (rows.length === 0)
      throw new DomainError('ENTITY_NOT_FOUND', { params: { entity: 'users', id: userId } });
  }
}
