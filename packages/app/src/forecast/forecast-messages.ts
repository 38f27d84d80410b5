// Sentences for forecast reason codes and names of methods and flows, from the `forecast` catalogue area.
import { type Lang, translate } from '@logipilot/i18n';

export function methodLabel(lang: Lang, method: string): string {
  return translate(lang, `forecast.method.${method}`);
}

export function flowLabel(lang: Lang, flow: string): string {
  return translate(lang, `forecast.flow.${flow}`);
}

/** The solver's params are ids (method, stage, why): each is named in the reader's language before interpolation. */
export function forecastReasonMessage(
  lang: Lang,
  reason: { code: string; params: Record<string, string | number> },
): string {
  const p = reason.params;
  const params: Record<string, string | number> = { ...p };
  if (typeof p.method === 'string') params.method = methodLabel(lang, p.method);
  if (typeof p.stage === 'string') params.stage = translate(lang, `forecast.stage.${p.stage}`);
  if (typeof p.why === 'string') params.why = translate(lang, `forecast.why.${p.why}`);
  return translate(lang, `forecast.reason.${reason.code}`, params);
}
