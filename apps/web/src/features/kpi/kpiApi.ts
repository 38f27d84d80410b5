// The one PUT the dashboard needs (the shared API client has get/post/patch/delete only): same headers, same errors.

import { translate } from '@logipilot/i18n';
import { ApiError } from '../../api/client.ts';

export async function putJson<T>(path: string, body: unknown, lang: 'fr' | 'en'): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'PUT',
      headers: {
        Accept: 'application/json',
        'Accept-Language': lang,
        'X-Logipilot-Lang': lang,
        'Content-Type': 'application/json',
      },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', translate(lang, 'web.error.network'));
  }
  const answer = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string; field?: string | null };
  } | null;
  if (!response.ok)
    throw new ApiError(response.status, answer?.error?.code ?? 'UNKNOWN', answer?.error?.message ?? '', {
      field: answer?.error?.field ?? null,
    });
  return answer as T;
}
