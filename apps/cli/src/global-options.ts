// Flags every command accepts (data folder, JSON output, language, help).
import type { OptionSpec } from './command.ts';

export const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  'data-dir': { type: 'string', valueName: 'DIR', descriptionKey: 'option.dataDir' },
  json: { type: 'boolean', descriptionKey: 'option.json' },
  lang: { type: 'string', valueName: 'fr|en', descriptionKey: 'option.lang' },
  help: { type: 'boolean', short: 'h', descriptionKey: 'option.help' },
};

/** Global flags that take a value: the command-name scan must skip their value. */
const VALUE_FLAGS = new Set(
  Object.entries(GLOBAL_OPTIONS)
    .filter(([, spec]) => spec.type === 'string')
    .map(([name]) => `--${name}`),
);

/**
 * Finds the command word: the first argument that is neither a flag nor the value of a global flag.
 * @example findCommand(['--lang', 'en', 'demo', '--size', 'small']) // { name: 'demo', index: 2 }
 */
export function findCommand(argv: readonly string[]): { name: string; index: number } | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') return null;
    if (VALUE_FLAGS.has(arg)) {
      i++;
      continue;
    }
    if (!arg.startsWith('-')) return { name: arg, index: i };
  }
  return null;
}

/**
 * Reads `--lang` before anything else, so that even a usage error is reported in the requested language.
 * @example peekLang(['demo', '--lang=en']) // 'en'
 */
export function peekLang(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}
