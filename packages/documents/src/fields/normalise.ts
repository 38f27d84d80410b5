// Normalises headers and labels so that matching ignores case, accents, spaces and punctuation.

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/**
 * @example normaliseLabel('Poids unitaire (kg)') // 'poidsunitairekg'
 * @example normaliseLabel("N° ONU") // 'nonu'
 */
export function normaliseLabel(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[œæß]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[^a-z0-9]/g, '');
}
