// Requests of the costing pages: JSON with every failing field kept (`details`), PUT, and file downloads through a Blob
// so that a POSTed document (a quote) saves like a link would.
import { translate } from '@logipilot/i18n';
import { ApiError } from '../../api/client.ts';
import { fileNameOf } from './costingFormat.ts';

/** One failing field or row as the API words it. */
export interface CostingErrorDetail {
  code: string;
  field: string | null;
  message: string;
  params: Record<string, unknown>;
}

/** An API error with all its failing fields (`error.details`) or import rows (`errors`). */
export class CostingError extends ApiError {
  readonly details: CostingErrorDetail[];

  constructor(
    status: number,
    code: string,
    message: string,
    field: string | null,
    params: Record<string, unknown>,
    details: CostingErrorDetail[],
  ) {
    super(status, code, message, { field, params });
    this.name = 'CostingError';
    this.details = details;
  }
}

interface RawDetail {
  code?: string;
  field?: string | null;
  column?: string | null;
  row?: number | null;
  message?: string;
  params?: Record<string, unknown>;
}

interface ErrorBody {
  error?: RawDetail & { details?: RawDetail[] };
  errors?: RawDetail[];
}

const detailOf = (d: RawDetail): CostingErrorDetail => ({
  code: d.code ?? 'UNKNOWN',
  field: d.field ?? d.column ?? null,
  message: d.message ?? '',
  params: { ...(d.row !== undefined && d.row !== null ? { row: d.row } : {}), ...(d.params ?? {}) },
});

async function errorOf(response: Response, lang: 'fr' | 'en'): Promise<CostingError> {
  const body = (await response.json().catch(() => null)) as ErrorBody | null;
  const error = body?.error;
  const details = [...(error?.details ?? []), ...(body?.errors ?? [])].map(detailOf);
  return new CostingError(
    response.status,
    error?.code ?? 'UNKNOWN',
    error?.message ?? translate(lang, 'web-costing.error.http', { status: response.status }),
    error?.field ?? null,
    error?.params ?? {},
    details,
  );
}

export interface CostingRequest {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  lang: 'fr' | 'en';
  body?: unknown;
  signal?: AbortSignal;
}

async function send({ method, path, lang, body, signal }: CostingRequest): Promise<Response> {
  const headers: Record<string, string> = {
    'Accept-Language': lang,
    'X-Logipilot-Lang': lang,
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
    // A cancelled request is the caller's decision (a newer one replaced it), not a network failure.
    if (signal?.aborted) throw signal.reason ?? e;
    throw new CostingError(0, 'NETWORK', translate(lang, 'web.error.network'), null, {}, []);
  }
  if (!response.ok) throw await errorOf(response, lang);
  return response;
}

/** A JSON request; errors come back as CostingError with every failing field. */
export async function costingJson<T>(request: CostingRequest): Promise<T> {
  const response = await send(request);
  return (await response.json()) as T;
}

/** Fetches a file and saves it under the server's name (a click on a download link the browser sees as a download). */
export async function downloadFile(request: CostingRequest, fallbackName: string): Promise<string> {
  const response = await send(request);
  const blob = await response.blob();
  const name = fileNameOf(response.headers.get('Content-Disposition'), fallbackName);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has taken the file when click() returns; the object URL can go after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return name;
}

/** True for an answer that means "your role may not see costs". */
export function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403;
}
