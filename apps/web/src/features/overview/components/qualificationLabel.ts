// Readable name of a qualification (CACES scheme and category, medical fitness, driving authorisation…).
import type { TFunction } from 'i18next';

export interface QualificationLabel {
  title: string;
  category: string | null;
  categoryDetail: string | null;
}

const KINDS = ['licence', 'medical_fitness', 'driving_authorisation', 'other'];

export function qualificationLabel(
  t: TFunction,
  exists: (key: string) => boolean,
  q: { kind?: string | null; key?: string; scheme: string | null; category: string | null },
): QualificationLabel {
  const kind =
    q.kind ?? (q.scheme ? 'licence' : KINDS.find((k) => q.key === k || q.key?.startsWith(`${k}:`)));
  const categoryKey = q.scheme && q.category ? `site.cacesCategory.${q.scheme}.${q.category}` : null;
  const category = q.category ? t('web.overview.staff.categoryShort', { category: q.category }) : null;
  const categoryDetail = categoryKey && exists(categoryKey) ? t(categoryKey) : null;
  if (q.scheme) {
    const scheme = `CACES ${q.scheme}`;
    const title =
      kind && kind !== 'licence' && exists(`site.qualificationKind.${kind}`)
        ? `${t(`site.qualificationKind.${kind}`)} ${q.scheme}`
        : scheme;
    return { title, category, categoryDetail };
  }
  if (kind && exists(`site.qualificationKind.${kind}`)) {
    return { title: t(`site.qualificationKind.${kind}`), category, categoryDetail };
  }
  return { title: q.key ?? kind ?? '—', category, categoryDetail };
}
