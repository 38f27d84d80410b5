// `logipilot forecast` end to end through the real launcher, on a small demo data folder seeded once.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onlyJsonDocument, runCliProcess } from './spawn-cli.ts';

type Json = Record<string, unknown>;

describe('logipilot forecast', () => {
  let root = '';
  let dataDir = '';
  const cli = (...args: string[]) => runCliProcess([...args, '--data-dir', dataDir]);

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'logipilot-forecast-'));
    dataDir = join(root, 'data');
    const demo = await cli('demo', '--size', 'small', '--as-of', '2026-11-02', '--json');
    expect(demo.code, demo.stderr).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('prints one JSON document with the stored version, the method and accuracy of each series', async () => {
    const run = await cli(
      'forecast',
      '--flow',
      'order_lines',
      '--horizon',
      '14',
      '--as-of',
      '2026-11-02',
      '--json',
    );
    expect(run.code, run.stderr).toBe(0);
    const doc = onlyJsonDocument(run);
    expect(doc).toMatchObject({
      asOf: '2026-11-02',
      horizonDays: 14,
      version: { kind: 'statistical', number: 1 },
    });
    const series = doc.series as Json[];
    expect(series.length).toBeGreaterThan(0);
    for (const s of series) {
      expect(s.flow).toBe('order_lines');
      expect(typeof s.method).toBe('string');
      expect(s.forecast as Json[]).toHaveLength(14);
    }
    const scored = series.find((s) => s.accuracy !== null) as Json;
    expect(scored.accuracy).toMatchObject({ wape: expect.any(Number), mape: expect.any(Number) });
    expect((scored.candidates as Json[]).length).toBeGreaterThan(1);
  }, 60_000);

  it('prints a table in French by default, with method names and intervals', async () => {
    const run = await cli('forecast', '--flow', 'order_lines', '--horizon', '3', '--as-of', '2026-11-02');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Version 2 « stat-2026-11-02-h3 » enregistrée/);
    expect(run.stdout).toContain('naïf saisonnier');
    expect(run.stdout).toMatch(/2026-11-02 +[\d\s\u202f,]+ {2}\[/);
  }, 60_000);

  it('refuses an unknown flow, a missing horizon and an unknown client with exit code 2', async () => {
    const bad = await cli('forecast', '--flow', 'pizzas', '--horizon', '14', '--json');
    expect(bad.code).toBe(2);
    expect(onlyJsonDocument(bad)).toMatchObject({
      error: { code: 'CLI_INVALID_VALUE', params: { option: '--flow', value: 'pizzas' } },
    });
    const noHorizon = await cli('forecast', '--flow', 'order_lines', '--json');
    expect(noHorizon.code).toBe(2);
    expect(onlyJsonDocument(noHorizon)).toMatchObject({ error: { code: 'CLI_MISSING_OPTION' } });
    const client = await cli(
      'forecast',
      '--flow',
      'order_lines',
      '--horizon',
      '3',
      '--client',
      'NOPE',
      '--json',
    );
    expect(client.code).toBe(2);
    expect(onlyJsonDocument(client)).toMatchObject({ error: { params: { option: '--client' } } });
  }, 60_000);
});
