// Exclusive lock on a data directory: PGlite admits one process, and the CLI finds a running server's port here.
import { randomUUID } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DomainError } from '@logipilot/domain';

export const LOCK_FILE = 'logipilot.lock';

/** Directories this process holds (resolved path → token), so that openDatabase can tell "ours" from "taken". */
const held = new Map<string, string>();

/** True when this process holds the lock of that data directory. */
export function holdsDataDirLock(dataDir: string): boolean {
  return held.has(resolve(dataDir));
}

export interface DataDirLockInfo {
  pid: number;
  /** HTTP port of the server holding the directory, null for a CLI command. */
  port: number | null;
  /** What holds it, e.g. `serve` or `import skus`. */
  command: string;
}

export interface DataDirLockRecord extends DataDirLockInfo {
  startedAt: string;
  token: string;
}

export interface DataDirLock {
  readonly path: string;
  readonly record: DataDirLockRecord;
  /** Removes the lock file if it is still ours; safe to call twice. */
  release(): Promise<void>;
}

/** True when a process with that pid exists (EPERM: it exists but belongs to another user). */
export function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readRecord(path: string): Promise<DataDirLockRecord | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const r = JSON.parse(text) as Partial<DataDirLockRecord>;
    return {
      pid: Number(r.pid),
      port: typeof r.port === 'number' ? r.port : null,
      command: String(r.command ?? ''),
      startedAt: String(r.startedAt ?? ''),
      token: String(r.token ?? ''),
    };
  } catch {
    // A lock file we cannot read names no live holder: treat it as stale.
    return { pid: -1, port: null, command: '', startedAt: '', token: '' };
  }
}

/** The lock of a data directory with whether its holder still runs, or null when the directory is free. */
export async function readDataDirLock(
  dataDir: string,
): Promise<(DataDirLockRecord & { alive: boolean }) | null> {
  const record = await readRecord(join(dataDir, LOCK_FILE));
  return record ? { ...record, alive: processAlive(record.pid) } : null;
}

/**
 * Takes the directory for this process, or throws DATA_DIR_IN_USE when a live process holds it; a lock left by
 * a dead process is taken over. The file is written aside then hard-linked into place, so that it appears
 * atomically and complete (link fails when the name exists).
 */
export async function acquireDataDirLock(dataDir: string, info: DataDirLockInfo): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const record: DataDirLockRecord = { ...info, startedAt: new Date().toISOString(), token: randomUUID() };
  const staging = join(dataDir, `${LOCK_FILE}.${record.token}`);
  await writeFile(staging, `${JSON.stringify(record, null, 2)}\n`, { flag: 'wx' });
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await link(staging, path);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const held = await readRecord(path);
      if (held && processAlive(held.pid))
        throw new DomainError('DATA_DIR_IN_USE', { params: { pid: held.pid, port: held.port, dataDir } });
      if (attempt >= 3)
        throw new DomainError('DATA_DIR_IN_USE', { params: { pid: held?.pid ?? null, port: null, dataDir } });
      await unlink(path).catch(() => undefined);
    }
  } finally {
    await unlink(staging).catch(() => undefined);
  }
  held.set(resolve(dataDir), record.token);
  let released = false;
  return {
    path,
    record,
    async release() {
      if (released) return;
      released = true;
      held.delete(resolve(dataDir));
      const current = await readRecord(path);
      if (current?.token === record.token) await unlink(path).catch(() => undefined);
    },
  };
}
