// Locale parity: every area file holds the same keys in French and English, no empty text, the same placeholders.
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGS } from './lang.ts';
import { AREAS, areaFiles, type Catalogue, ERROR_FILES } from './resources.ts';

function flatten(node: Catalogue, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(node)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of flatten(value, path)) out.set(k, v);
    } else out.set(path, value);
  }
  return out;
}

/** `{{name}}` and `{{value, number}}` both name the placeholder `name` / `value`. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();
}

const FILES = [...AREAS, ...ERROR_FILES];

describe('locale parity', () => {
  it.each(FILES)('%s: French and English hold the same keys', (file) => {
    const fr = [...flatten(areaFiles.fr[file]).keys()].sort();
    const en = [...flatten(areaFiles.en[file]).keys()].sort();
    expect({ file, missingInEn: fr.filter((k) => !en.includes(k)) }).toEqual({ file, missingInEn: [] });
    expect({ file, missingInFr: en.filter((k) => !fr.includes(k)) }).toEqual({ file, missingInFr: [] });
  });

  it.each(FILES)('%s: every value is a non-empty string in both languages', (file) => {
    for (const lang of SUPPORTED_LANGS) {
      const bad = [...flatten(areaFiles[lang][file])].filter(
        ([, v]) => typeof v !== 'string' || v.trim() === '',
      );
      expect({ lang, file, bad: bad.map(([k]) => k) }).toEqual({ lang, file, bad: [] });
    }
  });

  it.each(FILES)('%s: French and English use the same {{placeholders}}', (file) => {
    const en = flatten(areaFiles.en[file]);
    const mismatches: string[] = [];
    for (const [key, frText] of flatten(areaFiles.fr[file])) {
      const enText = en.get(key);
      if (typeof frText !== 'string' || typeof enText !== 'string') continue;
      if (placeholders(frText).join() !== placeholders(enText).join()) mismatches.push(key);
    }
    expect({ file, mismatches }).toEqual({ file, mismatches: [] });
  });

  it('error files use SCREAMING_SNAKE codes and never define one code twice', () => {
    for (const lang of SUPPORTED_LANGS) {
      const seen = new Map<string, string>();
      const problems: string[] = [];
      for (const file of ERROR_FILES) {
        for (const [code, value] of Object.entries(areaFiles[lang][file])) {
          if (typeof value !== 'string') problems.push(`${file}: ${code} is not a sentence`);
          if (!/^[A-Z][A-Z0-9_]*(_(zero|one|two|few|many|other))?$/.test(code.replace(/_(one|other)$/, ''))) {
            problems.push(`${file}: ${code} is not SCREAMING_SNAKE`);
          }
          const earlier = seen.get(code);
          if (earlier) problems.push(`${code} in both ${earlier} and ${file}`);
          seen.set(code, file);
        }
      }
      expect({ lang, problems }).toEqual({ lang, problems: [] });
    }
  });
});
