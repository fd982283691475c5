/** Errors as JSON: a status, a code and a message a person can act on. */
import type { ErrorRequestHandler } from 'express';
import { z } from 'zod';
import { QueryRefusedError } from '../store/query.ts';
import { SavedQueryParamError } from '../store/query-library.ts';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} is not in the graph`);

export const errorHandler: ErrorRequestHandler = (err, _req, res, _next) => {
  const send = (status: number, code: string, message: string) => res.status(status).json({ error: { code, message } });
  if (err instanceof HttpError) return send(err.status, err.code, err.message);
  if (err instanceof z.ZodError) {
    return send(400, 'invalid_input', err.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '));
  }
  if (err instanceof QueryRefusedError) return send(403, 'query_refused', err.message);
  if (err instanceof SavedQueryParamError) return send(400, 'invalid_input', err.message);
  const e = err as { type?: string; code?: string; message?: string; status?: number };
  if (e.type === 'entity.too.large') return send(413, 'too_large', 'the request body is larger than the server accepts');
  if (e.type === 'entity.parse.failed') return send(400, 'invalid_json', 'the request body is not valid JSON');
  if (typeof e.code === 'string' && /TransactionTimedOut|TransactionTimedOutClientConfiguration/.test(e.code)) {
    return send(408, 'query_timeout', 'the query ran longer than the server allows; narrow it or add a LIMIT');
  }
  if (typeof e.code === 'string' && e.code.startsWith('Neo.ClientError')) return send(400, 'cypher_error', e.message ?? 'the query failed');
  console.error(err);
  return send(500, 'internal', 'the server failed to answer; see its log');
};
