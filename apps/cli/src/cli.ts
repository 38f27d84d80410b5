// The runner: finds the command, parses its flags strictly, prints help or runs it, renders failures; returns the exit code.
import { DEFAULT_LANG, isLang, type Lang } from '@logipilot/i18n';
import type { Command } from './command.ts';
import { COMMANDS } from './commands/index.ts';
import { EXIT_OK, type ExitCode } from './exit-codes.ts';
import { findCommand, peekLang } from './global-options.ts';
import { printCommandHelp, printGlobalHelp, usageReminder } from './help.ts';
import { Output, type Streams } from './output.ts';
import { parseCommandLine } from './parse-command-line.ts';
import { renderError } from './render-error.ts';
import { configuredLang } from './store.ts';
import { isUsageError, UsageError } from './usage-error.ts';

function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}

/** --lang when valid, else the configured language, else French: decided before parsing so usage errors are localized. */
async function chooseLang(argv: readonly string[]): Promise<Lang> {
  const flag = peekLang(argv);
  if (isLang(flag)) return flag;
  return (await configuredLang()) ?? DEFAULT_LANG;
}

/** `logipilot help [command]`: the same pages as `--help`. */
function printHelpTopic(out: Output, argv: string[], helpIndex: number, commands: readonly Command[]): void {
  const rest = argv.filter((_, i) => i !== helpIndex);
  const target = findCommand(rest);
  const topic = target ? commands.find((c) => c.name === target.name) : undefined;
  if (target && !topic) throw new UsageError('CLI_UNKNOWN_COMMAND', { command: target.name }, null);
  parseCommandLine(target ? rest.filter((_, i) => i !== target.index) : rest, null);
  if (topic) printCommandHelp(out, topic);
  else printGlobalHelp(out, commands);
}

/** Parses the command line and runs what it asks for; throws usage and command errors. */
async function dispatch(out: Output, argv: string[], commands: readonly Command[]): Promise<void> {
  const found = findCommand(argv);
  if (found?.name === 'help') return printHelpTopic(out, argv, found.index, commands);
  const command = found ? commands.find((c) => c.name === found.name) : undefined;
  if (found && !command) throw new UsageError('CLI_UNKNOWN_COMMAND', { command: found.name }, null);
  if (!found || !command) {
    if (parseCommandLine(argv, null).help) return printGlobalHelp(out, commands);
    throw new UsageError('CLI_MISSING_COMMAND', {}, null);
  }
  const parsed = parseCommandLine(
    argv.filter((_, i) => i !== found.index),
    command,
  );
  if (parsed.help) return printCommandHelp(out, command);
  await command.run({ options: parsed.options, args: parsed.args, globals: parsed.globals, out });
}

/** Runs one command line (without `node` and the script) and returns its exit code. */
export async function runCli(
  argv: string[],
  streams: Streams,
  commands: readonly Command[] = COMMANDS,
): Promise<ExitCode> {
  const out = new Output(streams, wantsJson(argv), await chooseLang(argv));
  try {
    await dispatch(out, argv, commands);
    return EXIT_OK;
  } catch (error) {
    const rendered = renderError(error, out.lang);
    const found = findCommand(argv);
    const command = commands.find((c) => c.name === found?.name);
    const lines = isUsageError(error) ? [...rendered.lines, usageReminder(out, command)] : rendered.lines;
    out.failure(rendered.document, lines);
    // A bug, not a user's mistake: the stack goes to stderr for the report, never into the JSON document.
    if (rendered.document.error.code === 'INTERNAL_ERROR') {
      out.log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    return rendered.exitCode;
  }
}
