// The shape of one CLI command: its options and arguments (for parsing and help) and the function that runs it.
import type { Output } from './output.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Shown in help after the flag, e.g. `N` in `--seed N`. */
  valueName?: string;
  /** Key under `cli.` describing the option. */
  descriptionKey: string;
  /** A string option that may be given several times (`--map A=x --map B=y`): its value is then a list. */
  multiple?: boolean;
}

export interface ArgumentSpec {
  /** Shown in usage, e.g. `FILE`. */
  name: string;
  descriptionKey: string;
}

export type OptionValues = Record<string, string | string[] | boolean | undefined>;

export interface GlobalOptions {
  /** `--data-dir`, when given; the configuration decides the default. */
  dataDir: string | undefined;
  json: boolean;
  /** `--lang`, when given; otherwise the configuration's language, else French. */
  lang: string | undefined;
}

export interface CommandInput {
  options: OptionValues;
  /** The required positional arguments, in the order of `args`. */
  args: string[];
  globals: GlobalOptions;
  out: Output;
}

export interface Command {
  name: string;
  /** Key under `cli.` giving the one-line summary. */
  summaryKey: string;
  options: Record<string, OptionSpec>;
  args: ArgumentSpec[];
  run(input: CommandInput): Promise<void>;
}

/** Reads a string option the parser already checked; `undefined` when absent. */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

/** Every value of a repeatable string option, in the order given; empty when absent. */
export function stringListOption(values: OptionValues, name: string): string[] {
  const v = values[name];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}
