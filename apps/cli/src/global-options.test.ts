// Finding the command word and the language among global flags, before strict parsing.
import { describe, expect, it } from 'vitest';
import { findCommand, peekLang } from './global-options.ts';

describe('findCommand', () => {
  it('skips global flags and their values', () => {
    expect(findCommand(['--data-dir', 'demo', '--json', 'import', 'skus'])).toEqual({
      name: 'import',
      index: 3,
    });
    expect(findCommand(['--lang=en', 'export'])).toEqual({ name: 'export', index: 1 });
  });

  it('finds nothing in flags alone or after --', () => {
    expect(findCommand(['--json', '-h'])).toBeNull();
    expect(findCommand(['--', 'demo'])).toBeNull();
  });
});

describe('peekLang', () => {
  it('reads --lang in both spellings, wherever it stands', () => {
    expect(peekLang(['demo', '--lang', 'en'])).toBe('en');
    expect(peekLang(['--lang=fr', 'demo'])).toBe('fr');
    expect(peekLang(['demo'])).toBeUndefined();
  });
});
