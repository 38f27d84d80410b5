// `logipilot start` on an empty data folder: seeds the small demo, serves it, prints logins that work, stops on SIGINT.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCK_FILE } from '@logipilot/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onlyJsonDocument, startCliProcess } from './spawn-cli.ts';

describe('logipilot start', () => {
  let root = '';

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'logipilot-start-'));
  });

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('seeds an empty folder, serves it with working demo logins, and stops cleanly on SIGINT', async () => {
    const dataDir = join(root, 'data');
    const server = startCliProcess([
      'start',
      '--port',
      '0',
      '--as-of',
      '2026-11-02',
      '--data-dir',
      dataDir,
      '--json',
    ]);
    try {
      const started = JSON.parse(await server.firstLine) as {
        url: string;
        seeded: boolean;
        password: string;
        logins: { username: string; role: string }[];
      };
      expect(started.seeded).toBe(true);
      expect(started.password).toBe('logipilot-demo');
      expect(started.logins.map((l) => l.username)).toEqual(
        expect.arrayContaining(['admin', 'manager', 'methods', 'leader']),
      );
      const lock = JSON.parse(await readFile(join(dataDir, LOCK_FILE), 'utf8')) as { port: number };
      expect(lock.port).toBe(Number(new URL(started.url).port));

      const login = await fetch(`${started.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'methods', password: started.password }),
      });
      expect(login.status).toBe(200);
    } finally {
      server.child.kill('SIGINT');
    }
    const ended = await server.ended;
    expect(ended.code, ended.stderr).toBe(0);
    expect(onlyJsonDocument(ended)).toHaveProperty('url');
    await expect(readFile(join(dataDir, LOCK_FILE))).rejects.toThrow();
  });
});
