// The help pages, global and per command, from the command specs and the CLI catalogue.
import type { Command, OptionSpec } from './command.ts';
import { GLOBAL_OPTIONS } from './global-options.ts';
import type { Output } from './output.ts';

interface HelpEntry {
  term: string;
  description: string;
}

function flag(name: string, spec: OptionSpec): string {
  const short = spec.short ? `-${spec.short}, ` : '';
  const value = spec.type === 'string' ? ` ${spec.valueName ?? 'VALUE'}` : '';
  return `${short}--${name}${value}`;
}

function optionEntries(out: Output, specs: Record<string, OptionSpec>): HelpEntry[] {
  return Object.entries(specs).map(([name, spec]) => ({
    term: flag(name, spec),
    description: out.t(spec.descriptionKey),
  }));
}

function section(title: string, entries: HelpEntry[]): string[] {
  if (entries.length === 0) return [];
  const width = Math.max(...entries.map((e) => e.term.length));
  return ['', title, ...entries.map((e) => `  ${e.term.padEnd(width)}  ${e.description}`)];
}

function usageLine(command: Command): string {
  const args = command.args.map((a) => a.name).join(' ');
  return `logipilot ${command.name}${args ? ` ${args}` : ''} [options]`;
}

/** `logipilot --help`: every command with its summary, then the global flags. */
export function printGlobalHelp(out: Output, commands: readonly Command[]): void {
  const commandEntries = commands.map((c) => ({ term: c.name, description: out.t(c.summaryKey) }));
  const globals = optionEntries(out, GLOBAL_OPTIONS);
  const usage = out.t('help.globalUsage');
  out.result(
    {
      usage,
      summary: out.t('help.summary'),
      commands: commandEntries.map((e) => ({ name: e.term, summary: e.description })),
      options: globals.map((e) => ({ flag: e.term, description: e.description })),
    },
    [
      out.t('help.summary'),
      '',
      out.t('help.usage', { usage }),
      ...section(out.t('help.commands'), commandEntries),
      ...section(out.t('help.globalOptions'), globals),
      '',
      out.t('help.more'),
    ],
  );
}

/** `logipilot <command> --help`: usage, arguments, the command's flags, then the global flags. */
export function printCommandHelp(out: Output, command: Command): void {
  const args = command.args.map((a) => ({ term: a.name, description: out.t(a.descriptionKey) }));
  const own = optionEntries(out, command.options);
  const globals = optionEntries(out, GLOBAL_OPTIONS);
  const usage = usageLine(command);
  out.result(
    {
      command: command.name,
      usage,
      summary: out.t(command.summaryKey),
      arguments: args.map((e) => ({ name: e.term, description: e.description })),
      options: [...own, ...globals].map((e) => ({ flag: e.term, description: e.description })),
    },
    [
      out.t(command.summaryKey),
      '',
      out.t('help.usage', { usage }),
      ...section(out.t('help.arguments'), args),
      ...section(out.t('help.options'), own),
      ...section(out.t('help.globalOptions'), globals),
    ],
  );
}

/** The usage reminder printed under a usage error. */
export function usageReminder(out: Output, command: Command | undefined): string {
  return command
    ? out.t('help.reminder', { usage: usageLine(command), help: `logipilot ${command.name} --help` })
    : out.t('help.reminder', { usage: out.t('help.globalUsage'), help: 'logipilot --help' });
}
