// The data-directory lock: exclusive while its holder lives, taken over once it is dead, never opened through.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../client/open-database.ts';
import { acquireDataDirLock, holdsDataDirLock, LOCK_FILE, readDataDirLock } from './data-dir-lock.ts';

let root = '';
let dirs = 0;
const freshDir = () => join(root, `d${++dirs}`);

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid!;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'logipilot-lock-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('data-directory lock', () => {
  it('records the holder, refuses a second holder, and frees the directory on release', async () => {
    const dir = freshDir();
    expect(await readDataDirLock(dir)).toBeNull();
    const lock = await acquireDataDirLock(dir, { pid: process.pid, port: 3001, command: 'serve' });
    expect(holdsDataDirLock(dir)).toBe(true);
    expect(await readDataDirLock(dir)).toMatchObject({
      pid: process.pid,
      port: 3001,
      command: 'serve',
      alive: true,
    });

    await expect(
      acquireDataDirLock(dir, { pid: process.pid, port: null, command: 'import' }),
    ).rejects.toMatchObject({
      code: 'DATA_DIR_IN_USE',
      params: { pid: process.pid, port: 3001, dataDir: dir },
    });

    await lock.release();
    await lock.release();
    expect(holdsDataDirLock(dir)).toBe(false);
    expect(await readDataDirLock(dir)).toBeNull();
    const again = await acquireDataDirLock(dir, { pid: process.pid, port: null, command: 'import' });
    await again.release();
  });

  it('takes over a lock left by a dead process, and one that cannot be read', async () => {
    const dir = freshDir();
    const stale = await acquireDataDirLock(dir, { pid: deadPid(), port: 3000, command: 'serve' });
    // Simulate a crash: the holder never released, and its pid is gone.
    expect(await readDataDirLock(dir)).toMatchObject({ port: 3000, alive: false });
    const lock = await acquireDataDirLock(dir, { pid: process.pid, port: null, command: 'backup' });
    expect(await readDataDirLock(dir)).toMatchObject({ pid: process.pid, command: 'backup', alive: true });
    // The crashed holder's release must not remove the new holder's lock.
    await stale.release();
    expect(await readDataDirLock(dir)).toMatchObject({ pid: process.pid, command: 'backup' });
    await lock.release();

    await writeFile(join(dir, LOCK_FILE), '{ half-writ');
    const taken = await acquireDataDirLock(dir, { pid: process.pid, port: null, command: 'restore' });
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ command: 'restore' });
    await taken.release();
  });

  it('never opens PGlite on a directory another live process holds', async () => {
    const dir = freshDir();
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      await mkdir(dir, { recursive: true });
      const record = { pid: sleeper.pid, port: 4000, command: 'serve', startedAt: '', token: 't' };
      await writeFile(join(dir, LOCK_FILE), JSON.stringify(record));
      await expect(openDatabase({ kind: 'pglite', dataDir: dir })).rejects.toMatchObject({
        code: 'DATA_DIR_IN_USE',
        params: { pid: sleeper.pid, port: 4000, dataDir: dir },
      });
      expect(existsSync(join(dir, 'pglite'))).toBe(false);
    } finally {
      sleeper.kill();
    }
  });

  it('opens under a lock the caller holds, or takes its own; never twice in one process', async () => {
    const dir = freshDir();
    const held = await acquireDataDirLock(dir, { pid: process.pid, port: 3002, command: 'serve' });
    const db = await openDatabase({ kind: 'pglite', dataDir: dir });
    try {
      await expect(openDatabase({ kind: 'pglite', dataDir: dir })).rejects.toMatchObject({
        code: 'DATA_DIR_IN_USE',
      });
    } finally {
      await db.close();
    }
    // Closing the store leaves the caller's lock in place.
    expect(await readDataDirLock(dir)).toMatchObject({ port: 3002, alive: true });
    await held.release();

    const own = await openDatabase({
      kind: 'pglite',
      dataDir: dir,
      lock: { port: null, command: 'import skus' },
    });
    expect(await readDataDirLock(dir)).toMatchObject({ pid: process.pid, command: 'import skus' });
    await own.close();
    expect(await readDataDirLock(dir)).toBeNull();
  });
});
