// Opens the embedded store: PGlite in `<dataDir>/pglite`, under the data-directory lock, migrated on open.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { DomainError } from '@logipilot/domain';
import {
  acquireDataDirLock,
  type DataDirLock,
  holdsDataDirLock,
  readDataDirLock,
} from '../lock/data-dir-lock.ts';
import { createRepositories } from '../repositories/repositories.ts';
import type { OperationalDatabase } from './database.ts';
import { migrate } from './migrate.ts';

/** Data directories open in this process: PGlite opened twice on one directory corrupts it. */
const open = new Set<string>();

async function lockFor(
  dataDir: string,
  lock: { port: number | null; command: string } | undefined,
): Promise<DataDirLock | null> {
  // The CLI takes the lock before opening the context (to record the server port): then it is already ours.
  if (holdsDataDirLock(dataDir)) return null;
  return acquireDataDirLock(dataDir, {
    pid: process.pid,
    port: lock?.port ?? null,
    command: lock?.command ?? '',
  });
}

export async function openPglite(config: {
  dataDir: string;
  lock?: { port: number | null; command: string };
}): Promise<OperationalDatabase> {
  const dataDir = resolve(config.dataDir);
  if (open.has(dataDir)) {
    const held = await readDataDirLock(dataDir);
    throw new DomainError('DATA_DIR_IN_USE', {
      params: { pid: process.pid, port: held?.port ?? null, dataDir },
    });
  }
  await mkdir(dataDir, { recursive: true });
  const lock = await lockFor(dataDir, config.lock);
  open.add(dataDir);
  let pg: PGlite | null = null;
  try {
    pg = await PGlite.create(join(dataDir, 'pglite'));
    const migrated = await migrate(pg);
    const client = pg;
    let closed = false;
    return {
      kind: 'pglite',
      sql: client,
      migrated,
      repos: createRepositories(client, 'copy'),
      transaction: (fn) => client.transaction((tx) => fn(createRepositories(tx, 'copy'))),
      async close() {
        if (closed) return;
        closed = true;
        try {
          await client.close();
        } finally {
          open.delete(dataDir);
          await lock?.release();
        }
      },
    };
  } catch (error) {
    await pg?.close().catch(() => undefined);
    open.delete(dataDir);
    await lock?.release();
    throw error;
  }
}
