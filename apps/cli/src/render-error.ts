// Turns anything a command throws into the CLI's error document and sentences, in the user's language.
import { isDomainError } from '@logipilot/domain';
import { errorMessage, type Lang, translate } from '@logipilot/i18n';
import { EXIT_FAILURE, EXIT_USAGE } from './exit-codes.ts';
import { isUsageError } from './usage-error.ts';

type Params = Record<string, unknown>;

export interface ErrorDocument {
  error: {
    code: string;
    field: string | null;
    message: string;
    params: Params;
    details?: Params[];
  };
}

export interface RenderedError {
  exitCode: typeof EXIT_FAILURE | typeof EXIT_USAGE;
  document: ErrorDocument;
  /** The sentences for a person: the message, then one line per detail. */
  lines: string[];
}

/**
 * Codes whose CLI sentence replaces the generic one, because only the CLI knows what the person can do next
 * (e.g. a data folder held by a running server: use its web interface, or stop it).
 */
const CLI_MESSAGES: Record<string, (params: Params) => string> = {
  // A server records its port in the lock; a CLI command holding the folder records none.
  DATA_DIR_IN_USE: (params) =>
    typeof params.port === 'number' && params.port > 0
      ? 'cli.message.dataDirServed'
      : 'cli.message.dataDirBusy',
};

interface CodedError {
  code: string;
  field: string | null;
  params: Params;
  details: Params[];
}

/** Domain errors and the other packages' coded errors (e.g. the event store's) share `code` + `params`. */
function asCoded(e: unknown): CodedError | null {
  if (isDomainError(e)) {
    return {
      code: e.code,
      field: e.field ?? null,
      params: e.params,
      details: e.details as unknown as Params[],
    };
  }
  if (e && typeof e === 'object') {
    const { code, params, field, details } = e as {
      code?: unknown;
      params?: unknown;
      field?: unknown;
      details?: unknown;
    };
    if (typeof code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(code) && params && typeof params === 'object') {
      return {
        code,
        field: typeof field === 'string' ? field : null,
        params: params as Params,
        details: Array.isArray(details) ? (details as Params[]) : [],
      };
    }
  }
  return null;
}

/** A row error may carry file/row/column/value beside its params or inside them. */
function detailParams(detail: Params): Params {
  const inner = (detail.params && typeof detail.params === 'object' ? detail.params : {}) as Params;
  return { ...inner, ...detail };
}

function detailLine(lang: Lang, detail: Params, message: string): string {
  const p = detailParams(detail);
  if (p.row !== undefined && p.row !== null) {
    // A CSV file's one sheet is named after the file: naming it again would only add noise.
    const file = typeof p.file === 'string' ? p.file : '';
    const namedSheet =
      typeof p.sheet === 'string' && p.sheet !== '' && p.sheet !== file.replace(/\.[^.]*$/, '');
    const key = namedSheet ? 'cli.error.rowDetailSheet' : 'cli.error.rowDetail';
    // The row sentences of the catalogue name row, column and value themselves; the line adds where the file is.
    return translate(lang, key, { file, sheet: p.sheet, message });
  }
  return translate(lang, 'cli.error.detail', { message });
}

export function renderError(e: unknown, lang: Lang): RenderedError {
  const coded = asCoded(e) ?? { code: 'INTERNAL_ERROR', field: null, params: {}, details: [] };
  const cliKey = CLI_MESSAGES[coded.code]?.(coded.params);
  const message = cliKey
    ? translate(lang, cliKey, coded.params)
    : errorMessage(lang, coded.code, coded.params);
  const details = coded.details.map((d) => {
    const code = typeof d.code === 'string' ? d.code : 'UNKNOWN';
    const detailMessage = errorMessage(lang, code, detailParams(d));
    return { ...d, message: detailMessage, line: detailLine(lang, d, detailMessage) };
  });
  const document: ErrorDocument = {
    error: { code: coded.code, field: coded.field, message, params: coded.params },
  };
  if (details.length > 0) document.error.details = details.map(({ line: _line, ...rest }) => rest);
  // Reports cap their details (e.g. an import lists the first 1,000 row errors): say how many were left out.
  const omitted = typeof coded.params.omitted === 'number' ? coded.params.omitted : 0;
  const omittedLines = omitted > 0 ? [translate(lang, 'cli.error.omitted', { count: omitted })] : [];
  return {
    exitCode: isUsageError(e) ? EXIT_USAGE : EXIT_FAILURE,
    document,
    lines: [message, ...details.map((d) => d.line), ...omittedLines],
  };
}
