// Test support: runs the real `logipilot` launcher in a child process, as a user would, and collects its output.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CONFIG_ENV } from '@logipilot/app/config';

export const LAUNCHER = fileURLToPath(new URL('../bin/logipilot.mjs', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The child gets the parent's environment without the Logipilot settings (DATABASE_URL, LOGIPILOT_LANG, PORT…),
 * so that these tests always exercise the embedded store with the defaults; the PostgreSQL path is covered by the
 * db and app suites.
 */
export function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.values(CONFIG_ENV)) delete env[name];
  return env;
}

function collect(child: ChildProcess): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function spawnCli(args: string[], cwd: string | undefined): ChildProcess {
  return spawn(process.execPath, [LAUNCHER, ...args], {
    cwd: cwd ?? process.cwd(),
    env: childEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs one command to its end. */
export function runCliProcess(args: string[], options: { cwd?: string } = {}): Promise<CliRun> {
  return collect(spawnCli(args, options.cwd));
}

export interface LongRunningCli {
  child: ChildProcess;
  /** The first line the command writes on stdout (a server's JSON result, once it listens). */
  firstLine: Promise<string>;
  /** The whole run, once the process has ended. */
  ended: Promise<CliRun>;
}

/** Starts a command that keeps running (serve, start); stop it with `child.kill('SIGTERM')`. */
export function startCliProcess(args: string[], options: { cwd?: string } = {}): LongRunningCli {
  const child = spawnCli(args, options.cwd);
  const ended = collect(child);
  const firstLine = new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stdout?.on('data', (chunk: string) => {
      seen += chunk;
      const end = seen.indexOf('\n');
      if (end !== -1) resolve(seen.slice(0, end));
    });
    void ended.then((run) =>
      reject(new Error(`exited with ${run.code} before writing a line:\n${run.stderr}`)),
    );
  });
  return { child, firstLine, ended };
}

/** stdout must hold exactly one JSON document under --json: this parses it or fails the test with the output. */
export function onlyJsonDocument(run: CliRun): Record<string, unknown> {
  const text = run.stdout.trim();
  if (text.includes('\n'))
    throw new Error(`more than one line on stdout:\n${run.stdout}\nstderr:\n${run.stderr}`);
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new Error(`stdout is not one JSON document:\n${run.stdout}\nstderr:\n${run.stderr}`);
  }
}
