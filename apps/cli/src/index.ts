// Public entry of @logipilot/cli: the runner and its commands, for embedding the CLI (the launcher is bin/logipilot.mjs).
export { runCli } from './cli.ts';
export type { Command } from './command.ts';
export { COMMANDS } from './commands/index.ts';
export { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type ExitCode } from './exit-codes.ts';
