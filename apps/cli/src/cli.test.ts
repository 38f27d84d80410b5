// The command framework through the real launcher: help for every command, usage errors and their exit code 2.
import { describe, expect, it } from 'vitest';
import { onlyJsonDocument, runCliProcess } from './spawn-cli.ts';

const COMMAND_NAMES = ['start', 'serve', 'demo', 'import', 'export', 'backup', 'restore'];

describe.concurrent('logipilot --help', () => {
  it('prints the global help and exits 0, with -h as well', async () => {
    const [long, short] = await Promise.all([
      runCliProcess(['--help']),
      runCliProcess(['-h', '--lang', 'en']),
    ]);
    expect(long.code).toBe(0);
    expect(long.stdout).toContain('Commandes :');
    for (const name of COMMAND_NAMES) expect(long.stdout).toContain(`  ${name}  `);
    expect(short.code).toBe(0);
    expect(short.stdout).toContain('Commands:');
  });

  it.each(COMMAND_NAMES)('%s --help exits 0 and lists its options', async (name) => {
    const run = await runCliProcess([name, '--help', '--json']);
    expect(run.code).toBe(0);
    const doc = onlyJsonDocument(run);
    expect(doc.command).toBe(name);
    expect(doc.options).toEqual(
      expect.arrayContaining([expect.objectContaining({ flag: '--data-dir DIR' })]),
    );
  });

  it('`help <command>` is the same page as `<command> --help`', async () => {
    const [a, b] = await Promise.all([runCliProcess(['help', 'import']), runCliProcess(['import', '-h'])]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });
});

describe.concurrent('bad usage exits 2', () => {
  it('an unknown flag gives one JSON error document under --json', async () => {
    const run = await runCliProcess(['demo', '--size', 'small', '--bogus', '--json']);
    expect(run.code).toBe(2);
    expect(onlyJsonDocument(run)).toEqual({
      error: {
        code: 'CLI_UNKNOWN_OPTION',
        field: null,
        message: 'Option inconnue : --bogus.',
        params: { option: '--bogus' },
      },
    });
  });

  it('an unknown flag is a sentence on stderr without --json, in English with --lang en', async () => {
    const run = await runCliProcess(['export', '--lang', 'en', '--nope']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Unknown option: --nope.');
    expect(run.stderr).toContain('logipilot export ENTITY FILE');
  });

  it.each([
    [['import', 'skus', '--json'], 'CLI_MISSING_ARGUMENT'],
    [['backup', 'a.json', 'b.json', '--json'], 'CLI_UNEXPECTED_ARGUMENT'],
    [['demo', '--size', '--json'], 'CLI_MISSING_OPTION_VALUE'],
    [['demo', '--json'], 'CLI_MISSING_OPTION'],
    [['demo', '--size', 'huge', '--json'], 'CLI_INVALID_VALUE'],
    [['demo', '--size', 'small', '--as-of', '2026-02-30', '--json'], 'CLI_INVALID_VALUE'],
    [['serve', '--port', 'eighty', '--json'], 'CLI_INVALID_VALUE'],
    [['demo', '--force=yes', '--json'], 'CLI_INVALID_OPTION'],
    [['--lang', 'de', 'demo', '--json'], 'CLI_INVALID_VALUE'],
    [['frobnicate', '--json'], 'CLI_UNKNOWN_COMMAND'],
    [['--json'], 'CLI_MISSING_COMMAND'],
  ])('%j → %s', async (args, code) => {
    const run = await runCliProcess(args);
    expect(run.code).toBe(2);
    const doc = onlyJsonDocument(run) as { error: { code: string; message: string } };
    expect(doc.error.code).toBe(code);
    expect(doc.error.message).not.toMatch(/^errors\./);
  });
});
