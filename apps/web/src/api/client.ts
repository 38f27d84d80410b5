// Typed fetch wrapper for /api: sends the interface language, turns error answers into ApiError with the server's sentence.
import { DEFAULT_LANG, errorMessage, type Lang, translate } from '@logipilot/i18n';
import type { ImportRowError } from './types.ts';

/** An error answer of the API; `message` is the server's sentence, already in the request's language. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | null;
  readonly params: Record<string, unknown>;
  /** Row errors of a rejected import (422 IMPORT_REJECTED). */
  readonly rowErrors: ImportRowError[];

  constructor(
    status: number,
    code: string,
    message: string,
    extra: { field?: string | null; params?: Record<string, unknown>; rowErrors?: ImportRowError[] } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = extra.field ?? null;
    this.params = extra.params ?? {};
    this.rowErrors = extra.rowErrors ?? [];
  }
}

let language: Lang = DEFAULT_LANG;
const unauthorizedListeners = new Set<() => void>();

/** The Accept-Language sent with every request, so that server sentences come back in the interface language. */
export function setApiLanguage(lang: Lang): void {
  language = lang;
}

/** Called when a request answers 401 (session expired or logged out elsewhere). Returns an unsubscribe function. */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

interface ErrorBody {
  error?: { code?: string; message?: string; field?: string | null; params?: Record<string, unknown> };
  errors?: ImportRowError[];
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: ErrorBody | null = null;
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    body = null; // a proxy or crash page, not our JSON
  }
  const code = body?.error?.code ?? 'UNKNOWN';
  const message = body?.error?.message ?? errorMessage(language, code, { code: `HTTP ${response.status}` });
  return new ApiError(response.status, code, message, {
    field: body?.error?.field ?? null,
    params: body?.error?.params ?? {},
    rowErrors: Array.isArray(body?.errors) ? body.errors : [],
  });
}

/** Per-request options: `signal` cancels the request (the promise then rejects with the signal's reason, not an ApiError). */
export interface RequestOptions {
  signal?: AbortSignal;
}

async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  { signal }: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': language,
    // The interface's explicit choice wins over the user's stored locale on the server.
    'X-Logipilot-Lang': language,
  };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(payload === undefined ? {} : { body: payload }),
      ...(signal === undefined ? {} : { signal }),
    });
  } catch (e) {
    // A cancelled request is the caller's decision, not a network failure to report.
    if (signal?.aborted) throw signal.reason ?? e;
    throw new ApiError(0, 'NETWORK', translate(language, 'web.error.network'));
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && !path.startsWith('/api/auth/')) {
      for (const listener of unauthorizedListeners) listener();
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: Query, options?: RequestOptions) =>
    request<T>('GET', withQuery(path, query), undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, body, options),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, body, options),
  delete: (path: string, options?: RequestOptions) => request<void>('DELETE', path, undefined, options),
  upload: <T>(path: string, form: FormData, options?: RequestOptions) =>
    request<T>('POST', path, form, options),
};
