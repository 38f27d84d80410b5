// Process entry of the CLI: runs the command line, waits for the output to drain, exits with the command's code.
import type { Writable } from 'node:stream';
import { runCli } from './cli.ts';

function drain(stream: Writable): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}

const code = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
await Promise.all([drain(process.stdout), drain(process.stderr)]);
// Exit explicitly: an embedded database or a worker pool must not keep a finished command alive.
process.exit(code);
