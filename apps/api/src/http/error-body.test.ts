// The error table and the error body: statuses by code, first failing field first, no internals leaked.
import { DomainError } from '@logipilot/domain';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it, vi } from 'vitest';
import { renderError } from './error-body.ts';
import { statusOf } from './error-table.ts';

describe('error table', () => {
  it('maps codes and code families to statuses', () => {
    expect(
      Object.fromEntries(
        [
          'VALIDATION_FAILED',
          'MALFORMED_JSON',
          'UNKNOWN_FIELD',
          'INVALID_SORT_FIELD',
          'AUTH_REQUIRED',
          'AUTH_INVALID_CREDENTIALS',
          'AUTH_RATE_LIMITED',
          'FORBIDDEN',
          'NOT_FOUND',
          'CONFLICT',
          'ENTITY_IN_USE',
          'IMPORT_REJECTED',
          'DB_UNAVAILABLE',
          'SOMETHING_ELSE',
        ].map((c) => [c, statusOf(c)]),
      ),
    ).toEqual({
      VALIDATION_FAILED: 400,
      MALFORMED_JSON: 400,
      UNKNOWN_FIELD: 400,
      INVALID_SORT_FIELD: 400,
      AUTH_REQUIRED: 401,
      AUTH_INVALID_CREDENTIALS: 401,
      AUTH_RATE_LIMITED: 429,
      FORBIDDEN: 403,
      NOT_FOUND: 404,
      CONFLICT: 409,
      ENTITY_IN_USE: 409,
      IMPORT_REJECTED: 422,
      DB_UNAVAILABLE: 503,
      SOMETHING_ELSE: null,
    });
  });
});

describe('error body', () => {
  it('hides unexpected errors behind INTERNAL_ERROR', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const r = renderError(new Error('secret stack at /srv/x.ts:12'), 'en');
    expect(r.status).toBe(500);
    expect(r.body.error.code).toBe('INTERNAL_ERROR');
    expect(JSON.stringify(r.body)).not.toContain('secret');
    expect(renderError(new DomainError('NOT_MAPPED_ANYWHERE'), 'en').status).toBe(500);
    log.mockRestore();
  });

  it('leads a validation failure with its first field and lists all', () => {
    const r = renderError(
      new DomainError('VALIDATION_FAILED', {
        details: [
          { code: 'UNKNOWN_FIELD', field: 'colour' },
          { code: 'VALUE_REQUIRED', field: 'code' },
        ],
      }),
      'en',
    );
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({
      code: 'UNKNOWN_FIELD',
      field: 'colour',
      message: 'Unknown field: colour.',
    });
    expect(r.body.error.details?.map((d) => d.field)).toEqual(['colour', 'code']);
  });

  it('lists import row errors and sets Retry-After when rate limited', () => {
    const r = renderError(
      new DomainError('IMPORT_REJECTED', {
        details: [
          { code: 'IMPORT_REQUIRED_VALUE', field: 'code', params: { file: 'a.csv', row: 3, value: '' } },
        ],
      }),
      'fr',
    );
    expect(r.status).toBe(422);
    expect(r.body.errors).toEqual([
      {
        file: 'a.csv',
        row: 3,
        column: 'code',
        value: '',
        code: 'IMPORT_REQUIRED_VALUE',
        message: expect.any(String),
      },
    ]);
    const limited = renderError(
      new DomainError('AUTH_RATE_LIMITED', { params: { retryAfterSeconds: 30 } }),
      'fr',
    );
    expect(limited).toMatchObject({ status: 429, headers: { 'Retry-After': '30' } });
  });

  it('turns framework exceptions into codes', () => {
    expect(
      renderError(new HTTPException(400, { message: 'Malformed JSON in request body' }), 'fr').body.error
        .code,
    ).toBe('MALFORMED_JSON');
    expect(renderError(new HTTPException(415), 'fr')).toMatchObject({
      status: 415,
      body: { error: { code: 'UNSUPPORTED_MEDIA_TYPE' } },
    });
  });
});
