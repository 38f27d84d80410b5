// The commands end to end through the real launcher, on one small demo site seeded once for the whole file.
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { acquireDataDirLock, LOCK_FILE } from '@logipilot/db';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, onlyJsonDocument, runCliProcess, startCliProcess } from './spawn-cli.ts';

type Json = Record<string, unknown>;

/** Every sheet of a workbook as rows of plain cell values, to compare two exports cell by cell. */
async function workbookValues(file: string): Promise<Record<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const out: Record<string, unknown[][]> = {};
  for (const sheet of workbook.worksheets) {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1));
    });
    out[sheet.name] = rows;
  }
  return out;
}

/** Path, size and modification time of every file under a folder: "touched nothing" means this is unchanged. */
async function snapshot(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const lines = await Promise.all(
    files.map(async (f) => {
      const s = await stat(f);
      return `${relative(dir, f)} ${s.size} ${s.mtimeMs}`;
    }),
  );
  return lines.sort();
}

function frenchCsv(rows: string[][]): string {
  return `\uFEFF${rows.map((r) => r.join(';')).join('\r\n')}\r\n`;
}

const SKU_HEADER = [
  'Code article',
  'Code client',
  'Désignation',
  'Longueur (mm)',
  'Largeur (mm)',
  'Hauteur (mm)',
  'Poids unitaire (kg)',
  'UVC par colis',
  'Colis par couche',
  'Couches par palette',
  'Température',
];

function skuRow(code: string, client: string, weight: string): string[] {
  return [code, client, `Article d'essai ${code}`, '120', '80', '60', weight, '12', '6', '18', 'Ambiant'];
}

describe('logipilot commands on a seeded data folder', () => {
  let root = '';
  let dataDir = '';
  let demo: CliRun;
  let client = '';

  const cli = (...args: string[]) => runCliProcess([...args, '--data-dir', dataDir]);

  async function exportedSkus(file: string): Promise<unknown[][]> {
    const run = await cli('export', 'skus', join(root, file), '--json');
    expect(run.code, run.stderr).toBe(0);
    const sheets = await workbookValues(join(root, file));
    const [rows] = Object.values(sheets);
    return rows ?? [];
  }

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'logipilot-cli-'));
    dataDir = join(root, 'data');
    demo = await runCliProcess([
      'demo',
      '--size',
      'small',
      '--as-of',
      '2026-11-02',
      '--data-dir',
      dataDir,
      '--json',
    ]);
  });

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('demo --json prints exactly one JSON document with the counts created, and exits 0', () => {
    expect(demo.code, demo.stderr).toBe(0);
    const doc = onlyJsonDocument(demo) as {
      site: Json;
      size: string;
      asOf: string;
      counts: Record<string, number>;
    };
    expect(doc.size).toBe('small');
    expect(doc.asOf).toBe('2026-11-02');
    expect(doc.site.code).toEqual(expect.any(String));
    for (const key of ['locations', 'skus', 'employees', 'clients', 'flowDays', 'users']) {
      expect(doc.counts[key], key).toBeGreaterThan(0);
    }
  });

  it('demo refuses a data folder that already holds a site (without --force), exit 1', async () => {
    const run = await cli('demo', '--size', 'small', '--json');
    expect(run.code).toBe(1);
    expect((onlyJsonDocument(run).error as Json).code).toBe('CLI_STORE_NOT_EMPTY');
  });

  it('export skus writes a real XLSX workbook with one row per SKU', async () => {
    const rows = await exportedSkus('skus.xlsx');
    const { counts } = onlyJsonDocument(demo) as { counts: Record<string, number> };
    expect(rows).toHaveLength((counts.skus ?? 0) + 1);
    expect(rows[0]).toContain('Code article');
    client = String(rows[1]?.[1]);
    expect(client).not.toBe('');
  });

  it('import skus with one bad row exits 1, imports nothing and names the row and the column in French', async () => {
    const file = join(root, 'articles.csv');
    await writeFile(
      file,
      frenchCsv([
        SKU_HEADER,
        skuRow('ESSAI-1', client, '0,25'),
        skuRow('ESSAI-2', client, 'douze'),
        skuRow('ESSAI-3', client, '1,5'),
      ]),
    );
    const run = await cli('import', 'skus', file);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('articles.csv');
    expect(run.stderr).toMatch(/Ligne 3, colonne « Poids unitaire \(kg\) » : « douze »/);

    const english = await cli('import', 'skus', file, '--lang', 'en', '--json');
    expect(english.code).toBe(1);
    const { error } = onlyJsonDocument(english) as { error: { code: string; details: Json[] } };
    expect(error.code).toBe('IMPORT_REJECTED');
    expect(error.details).toEqual([
      expect.objectContaining({
        file: 'articles.csv',
        row: 3,
        column: 'Poids unitaire (kg)',
        value: 'douze',
        code: 'INVALID_NUMBER',
        message: expect.stringMatching(/^Row 3, column .Poids unitaire \(kg\).: .douze./),
      }),
    ]);

    const codes = (await exportedSkus('after-rejected.xlsx')).map((r) => r[0]);
    expect(codes.filter((c) => String(c).startsWith('ESSAI-'))).toEqual([]);
  });

  it('import --dry-run checks a clean file and writes nothing', async () => {
    const file = join(root, 'clean.csv');
    await writeFile(file, frenchCsv([SKU_HEADER, skuRow('ESSAI-4', client, '0,5')]));
    const run = await cli('import', 'skus', file, '--dry-run', '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(onlyJsonDocument(run)).toMatchObject({ entity: 'skus', imported: 1, dryRun: true });
    // That ESSAI-4 was not written is checked by the last test's export, which lists every code.
  });

  it('import --save-mapping NAME --map "Header=field" saves the mapping of a WMS export and imports with it', async () => {
    const file = join(root, 'reflex.csv');
    const header = ['ART', 'CLI', 'LIB', 'L', 'W', 'H', 'PDS', 'UVC', 'COL', 'COU', 'TEMP', 'Zone WMS'];
    await writeFile(file, frenchCsv([header, ['REFLEX-1', ...skuRow('x', client, '0,5').slice(1), 'Z9']]));
    const fields = [
      'code',
      'clientCode',
      'description',
      'lengthMm',
      'widthMm',
      'heightMm',
      'weightKg',
      'unitsPerCase',
      'casesPerLayer',
      'layersPerPallet',
      'temperatureClass',
      '',
    ];
    const maps = header.flatMap((h, i) => ['--map', `${h}=${fields[i]}`]);
    const run = await cli('import', 'skus', file, '--save-mapping', 'Export Reflex', ...maps, '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(onlyJsonDocument(run)).toMatchObject({
      entity: 'skus',
      imported: 1,
      warnings: [],
      mapping: { name: 'Export Reflex', columns: { ART: 'code', 'Zone WMS': '' } },
    });
    const usage = await cli('import', 'skus', file, '--save-mapping', 'X', '--map', 'no-equals', '--json');
    expect(usage.code).toBe(2);
    expect((onlyJsonDocument(usage).error as Json).code).toBe('CLI_INVALID_VALUE');
  });

  it('backup, then restore into a fresh folder: the export is identical', async () => {
    const backup = join(root, 'site.backup');
    const saved = await cli('backup', backup, '--json');
    expect(saved.code, saved.stderr).toBe(0);
    expect(onlyJsonDocument(saved)).toMatchObject({ file: backup });

    const freshDir = join(root, 'restored');
    const restored = await runCliProcess(['restore', backup, '--data-dir', freshDir, '--json']);
    expect(restored.code, restored.stderr).toBe(0);
    const restoredExport = join(root, 'restored-skus.xlsx');
    const exported = await runCliProcess([
      'export',
      'skus',
      restoredExport,
      '--data-dir',
      freshDir,
      '--json',
    ]);
    expect(exported.code, exported.stderr).toBe(0);

    await exportedSkus('original-skus.xlsx');
    expect(await workbookValues(restoredExport)).toEqual(
      await workbookValues(join(root, 'original-skus.xlsx')),
    );
  });

  it('a second process on a locked data folder stops with DATA_DIR_IN_USE, exit 1, and touches nothing', async () => {
    const file = join(root, 'clean-2.csv');
    await writeFile(file, frenchCsv([SKU_HEADER, skuRow('ESSAI-5', client, '0,5')]));
    const lock = await acquireDataDirLock(dataDir, { pid: process.pid, port: 45_678, command: 'test' });
    try {
      const before = await snapshot(dataDir);
      const run = await cli('import', 'skus', file, '--json');
      expect(run.code).toBe(1);
      const { error } = onlyJsonDocument(run) as { error: { code: string; message: string; params: Json } };
      expect(error.code).toBe('DATA_DIR_IN_USE');
      expect(error.params).toMatchObject({ pid: process.pid, port: 45_678 });
      expect(error.message).toContain(String(process.pid));
      expect(error.message).toContain('45678');
      expect(await snapshot(dataDir)).toEqual(before);
    } finally {
      await lock.release();
    }
  });

  it('serve holds the folder with its port while it runs and frees it on SIGTERM (exit 0)', async () => {
    const server = startCliProcess(['serve', '--port', '0', '--data-dir', dataDir, '--json']);
    try {
      const { url } = JSON.parse(await server.firstLine) as { url: string };
      const health = await fetch(`${url}/api/health`);
      expect(health.status).toBe(200);

      const port = Number(new URL(url).port);
      const refused = await cli('export', 'skus', join(root, 'while-served.xlsx'), '--lang', 'en');
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`port ${port}`);
      expect(refused.stderr).toContain(`http://127.0.0.1:${port}`);
    } finally {
      server.child.kill('SIGTERM');
    }
    const ended = await server.ended;
    expect(ended.code, ended.stderr).toBe(0);
    expect(onlyJsonDocument(ended)).toHaveProperty('url');
    await expect(readFile(join(dataDir, LOCK_FILE))).rejects.toThrow();
  });

  it('import skus of a clean French CSV writes its rows', async () => {
    const file = join(root, 'clean-3.csv');
    await writeFile(
      file,
      frenchCsv([SKU_HEADER, skuRow('ESSAI-6', client, '0,5'), skuRow('ESSAI-7', client, '2')]),
    );
    const run = await cli('import', 'skus', file);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('clean-3.csv');
    const codes = (await exportedSkus('after-import.xlsx')).map((r) => String(r[0]));
    expect(codes.filter((c) => c.startsWith('ESSAI-')).sort()).toEqual(['ESSAI-6', 'ESSAI-7']);
  });
});
