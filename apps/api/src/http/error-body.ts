// Renders any thrown value as the contract's error body, in the request's language, without leaking internals.
import { DomainError, type ErrorDetail } from '@logipilot/domain';
import { errorMessage, hasKey, type Lang, translate } from '@logipilot/i18n';
import { HTTPException } from 'hono/http-exception';
import { statusOf } from './error-table.ts';

type Params = Record<string, string | number | boolean | null>;

export interface ErrorJson {
  code: string;
  field: string | null;
  message: string;
  params: Params;
}

export interface ImportRowErrorJson {
  file: string | null;
  row: number | null;
  column: string | null;
  value: string | null;
  code: string;
  message: string;
}

export interface ErrorBody {
  error: ErrorJson & { details?: ErrorJson[] };
  errors?: ImportRowErrorJson[];
}

export interface RenderedError {
  status: number;
  body: ErrorBody;
  headers: Record<string, string>;
}

function json(lang: Lang, code: string, field: string | null | undefined, params: Params = {}): ErrorJson {
  const f = field ? field : null;
  return { code, field: f, message: errorMessage(lang, code, { field: f ?? '', ...params }), params };
}

/**
 * A failing request field. The shared catalogue words these codes for import rows ("Row 3, column …"), so the API
 * uses its own field-worded sentences where it has one (api.fieldError.<CODE>).
 */
function fieldJson(lang: Lang, code: string, field: string | undefined, params: Params): ErrorJson {
  const key = `api.fieldError.${code}`;
  if (!field || !hasKey(lang, key)) return json(lang, code, field, params);
  return { code, field, message: translate(lang, key, { ...params, field }), params };
}

function asString(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}

/** Import details carry file, row, column and value on themselves (ImportErrorDetail) and repeat them in params. */
type ImportDetail = ErrorDetail & { file?: unknown; row?: unknown; column?: unknown; value?: unknown };

function importRow(lang: Lang, d: ImportDetail): ImportRowErrorJson {
  const p = d.params ?? {};
  const row = d.row ?? p.row;
  return {
    file: asString(d.file ?? p.file),
    row: typeof row === 'number' ? row : null,
    column: asString(d.column ?? p.column ?? d.field),
    value: asString(d.value ?? p.value),
    code: d.code,
    message: errorMessage(lang, d.code, { field: d.field ?? '', ...p }),
  };
}

function fromHttpException(e: HTTPException): { code: string; status: number } {
  if (e.status === 400) {
    return {
      code: e.message.startsWith('Malformed JSON') ? 'MALFORMED_JSON' : 'MALFORMED_REQUEST',
      status: 400,
    };
  }
  if (e.status === 415) return { code: 'UNSUPPORTED_MEDIA_TYPE', status: 415 };
  if (e.status === 404) return { code: 'NOT_FOUND', status: 404 };
  return { code: 'INTERNAL_ERROR', status: 500 };
}

/**
 * One error → status, body and headers. A validation failure leads with its first failing field (its code is the
 * specific one, e.g. UNKNOWN_FIELD or INVALID_TYPE) and lists all of them in `details`.
 */
export function renderError(error: unknown, lang: Lang): RenderedError {
  if (error instanceof HTTPException) {
    const { code, status } = fromHttpException(error);
    return { status, body: { error: json(lang, code, null) }, headers: {} };
  }
  const status = error instanceof DomainError ? statusOf(error.code) : null;
  if (!(error instanceof DomainError) || status === null) {
    console.error('[api] unexpected error', error);
    return { status: 500, body: { error: json(lang, 'INTERNAL_ERROR', null) }, headers: {} };
  }
  const headers: Record<string, string> = {};
  if (error.code === 'AUTH_RATE_LIMITED' && typeof error.params.retryAfterSeconds === 'number') {
    headers['Retry-After'] = String(error.params.retryAfterSeconds);
  }
  // Files refused whole list every faulty cell, with its file, row and column, the same way for every import.
  if (error.code === 'IMPORT_REJECTED' || error.code === 'ACTUALS_FILE_INVALID') {
    return {
      status,
      body: {
        error: json(lang, error.code, error.field, error.params),
        errors: error.details.map((d) => importRow(lang, d)),
      },
      headers,
    };
  }
  const [first, ...rest] = error.details;
  if (error.code === 'VALIDATION_FAILED' && first) {
    const details = [first, ...rest].map((d) => fieldJson(lang, d.code, d.field, d.params ?? {}));
    return { status, body: { error: { ...details[0]!, details } }, headers };
  }
  const main = json(lang, error.code, error.field, error.params);
  // Every problem of a rejected document (a quote request, a cost model) is named, not only the first.
  if (rest.length > 0 && first) {
    const details = [first, ...rest].map((d) => fieldJson(lang, d.code, d.field, d.params ?? {}));
    return { status, body: { error: { ...main, details } }, headers };
  }
  return { status, body: { error: main }, headers };
}
