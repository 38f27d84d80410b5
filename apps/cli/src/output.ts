// Where a command's words go: its result to stdout (exactly one JSON document under --json), all else to stderr.
import type { Writable } from 'node:stream';
import { type Lang, translate } from '@logipilot/i18n';

export interface Streams {
  stdout: Writable;
  stderr: Writable;
}

export class Output {
  readonly json: boolean;
  readonly lang: Lang;
  readonly stderr: Writable;
  private readonly stdout: Writable;
  private documentWritten = false;

  constructor(streams: Streams, json: boolean, lang: Lang) {
    this.stdout = streams.stdout;
    this.stderr = streams.stderr;
    this.json = json;
    this.lang = lang;
  }

  /** A sentence of the CLI catalogue (`cli.<key>`) in the user's language. */
  t(key: string, params?: Record<string, unknown>): string {
    return translate(this.lang, `cli.${key}`, params);
  }

  /** Progress and notices: stderr, so that stdout stays the result alone. */
  log(line: string): void {
    this.stderr.write(`${line}\n`);
  }

  /** True once the one result document has gone out; later problems go to stderr only. */
  get hasResult(): boolean {
    return this.documentWritten;
  }

  /** The command's result: `document` under --json, otherwise `lines` for a person. Written at most once. */
  result(document: unknown, lines: string[]): void {
    if (this.documentWritten) throw new Error('Output.result called twice');
    this.documentWritten = true;
    if (this.json) this.stdout.write(`${JSON.stringify(document)}\n`);
    else if (lines.length > 0) this.stdout.write(`${lines.join('\n')}\n`);
  }

  /** A failure: the error document on stdout under --json (unless a result already went out), sentences on stderr. */
  failure(document: unknown, lines: string[]): void {
    if (this.json && !this.documentWritten) {
      this.documentWritten = true;
      this.stdout.write(`${JSON.stringify(document)}\n`);
      return;
    }
    const [first = '', ...rest] = lines;
    this.stderr.write(`${this.t('error.prefix', { message: first })}\n`);
    for (const line of rest) this.stderr.write(`${line}\n`);
  }
}
