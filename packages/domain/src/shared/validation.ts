// Turns zod validation issues into stable error codes with the failing field, for imports and the API alike.
import type { z } from 'zod';
import type { ErrorDetail } from './errors.ts';

type Issue = z.core.$ZodIssue;

function fieldOf(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join('.');
}

/** One issue → one `ErrorDetail` whose code is a stable identifier (sentences live in the i18n catalogues). */
export function issueToError(issue: Issue): ErrorDetail[] {
  const field = fieldOf(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      // zod reports the input only on request; its default message names an undefined input.
      const withInput = issue as { input?: unknown };
      const missing =
        'input' in withInput ? withInput.input === undefined : issue.message.endsWith('received undefined');
      return [
        missing
          ? { code: 'VALUE_REQUIRED', field }
          : { code: 'INVALID_TYPE', field, params: { expected: String(issue.expected) } },
      ];
    }
    case 'unrecognized_keys':
      return issue.keys.map((k) => ({ code: 'UNKNOWN_FIELD', field: field ? `${field}.${k}` : k }));
    case 'too_small':
      return [{ code: 'VALUE_TOO_SMALL', field, params: { minimum: Number(issue.minimum) } }];
    case 'too_big':
      return [{ code: 'VALUE_TOO_BIG', field, params: { maximum: Number(issue.maximum) } }];
    case 'invalid_value':
      return [{ code: 'INVALID_CHOICE', field, params: { allowed: issue.values.map(String).join(', ') } }];
    case 'invalid_format':
      return [{ code: 'INVALID_FORMAT', field, params: { format: String(issue.format) } }];
    case 'custom':
      // Our refinements carry their stable code in `message` (e.g. CONTRACT_END_REQUIRED).
      return [{ code: /^[A-Z][A-Z0-9_]+$/.test(issue.message) ? issue.message : 'INVALID_VALUE', field }];
    default:
      return [{ code: 'INVALID_VALUE', field }];
  }
}

export function zodErrorToDetails(error: z.ZodError): ErrorDetail[] {
  return error.issues.flatMap((i) => issueToError(i as Issue));
}
