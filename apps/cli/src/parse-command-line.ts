// Strict parsing of one command's flags and arguments with node:util parseArgs, mapped to localized usage errors.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { ArgumentSpec, GlobalOptions, OptionSpec, OptionValues } from './command.ts';
import { GLOBAL_OPTIONS } from './global-options.ts';
import { UsageError } from './usage-error.ts';

export interface ParsedCommandLine {
  options: OptionValues;
  args: string[];
  globals: GlobalOptions;
  help: boolean;
}

type ParseOptions = NonNullable<ParseArgsConfig['options']>;

function toParseOptions(specs: Record<string, OptionSpec>): ParseOptions {
  const out: ParseOptions = {};
  for (const [name, spec] of Object.entries(specs)) {
    out[name] = {
      type: spec.type,
      ...(spec.short ? { short: spec.short } : {}),
      ...(spec.multiple ? { multiple: true } : {}),
    };
  }
  return out;
}

/**
 * parseArgs reports problems as English prose; this finds the offending flag again from the tokens of a lenient
 * pass, so that the error carries a stable code and the flag as a parameter.
 */
function explain(error: unknown, args: string[], options: ParseOptions, command: string | null): UsageError {
  const code = (error as { code?: string }).code;
  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = options[token.name];
    if (!spec) return new UsageError('CLI_UNKNOWN_OPTION', { option: token.rawName }, command);
    if (spec.type === 'boolean' && token.value !== undefined) {
      return new UsageError('CLI_INVALID_OPTION', { option: token.rawName }, command);
    }
    if (
      spec.type === 'string' &&
      (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))
    ) {
      return new UsageError('CLI_MISSING_OPTION_VALUE', { option: token.rawName }, command);
    }
  }
  return new UsageError('CLI_INVALID_OPTION', { option: code ?? '?' }, command);
}

/**
 * Parses `argv` (without the command word) against the command's flags plus the global ones.
 * An unknown flag, a flag without its value, a missing or extra argument throw a UsageError.
 */
export function parseCommandLine(
  argv: string[],
  command: { name: string; options: Record<string, OptionSpec>; args: ArgumentSpec[] } | null,
): ParsedCommandLine {
  const options = toParseOptions({ ...GLOBAL_OPTIONS, ...(command?.options ?? {}) });
  const name = command?.name ?? null;
  let parsed: ReturnType<typeof parseArgs<{ options: ParseOptions; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw explain(error, argv, options, name);
  }
  const values = parsed.values as OptionValues;
  const lang = typeof values.lang === 'string' ? values.lang : undefined;
  if (lang !== undefined && lang !== 'fr' && lang !== 'en') {
    throw new UsageError('CLI_INVALID_VALUE', { option: '--lang', value: lang, expected: 'fr, en' }, name);
  }
  const globals: GlobalOptions = {
    dataDir: typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined,
    json: values.json === true,
    lang,
  };
  const help = values.help === true;
  const expected = command?.args ?? [];
  // With --help the arguments are not needed: `logipilot import --help` must print help, not a usage error.
  if (!help) {
    const missing = expected[parsed.positionals.length];
    if (missing) throw new UsageError('CLI_MISSING_ARGUMENT', { argument: missing.name }, name);
    const extra = parsed.positionals[expected.length];
    if (extra !== undefined) throw new UsageError('CLI_UNEXPECTED_ARGUMENT', { argument: extra }, name);
  }
  return { options: values, args: parsed.positionals, globals, help };
}
