// Every roster violation code reads as a sentence in French and in English, its placeholders filled.
import { ROSTER_VIOLATION_CODES } from '@logipilot/domain';
import { hasKey, SUPPORTED_LANGS, translate } from '@logipilot/i18n';
import { describe, expect, it } from 'vitest';

describe('roster violation sentences', () => {
  for (const lang of SUPPORTED_LANGS) {
    it(`has a ${lang} sentence for every violation code`, () => {
      const missing = ROSTER_VIOLATION_CODES.filter((code) => !hasKey(lang, `roster.violation.${code}`));
      expect(missing).toEqual([]);
      for (const code of ROSTER_VIOLATION_CODES) {
        const text = translate(lang, `roster.violation.${code}`, { employee: 'Paul Martin' });
        expect(text.length, code).toBeGreaterThan(10);
        expect(text, code).not.toContain(`roster.violation.${code}`);
      }
    });
  }
});
