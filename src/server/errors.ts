/** Errors as JSON: a status, a code and a message a person can act on; never a stack trace. */
import type { ErrorRequestHandler } from 'express';
import { z } from 'zod';
import { QueryRefusedError, QuerySyntaxError } from '../store/query.ts';
import { SavedQueryParamError } from '../store/query-library.ts';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} is not in the graph`);

/** Neo4j codes that mean the database is down or restarting, not that the request was wrong. */
const UNAVAILABLE =
  /^(ServiceUnavailable|SessionExpired|Neo\.TransientError\.General\.DatabaseUnavailable|Neo\.TransientError\.Transaction\.(?:Terminated|LockClientStopped))/;

export const errorHandler: ErrorRequestHandler = (err, _req, res, _next) => {
  const send = (status: number, code: string, message: string, extra: Record<string, unknown> = {}) =>
    res.status(status).json({ error: { code, message, ...extra } });
  if (err instanceof HttpError) {
    res.set(err.headers);
    return send(err.status, err.code, err.message);
  }
  if (err instanceof z.ZodError) {
    return send(400, 'invalid_input', err.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '));
  }
  if (err instanceof QuerySyntaxError) return send(400, 'cypher_syntax', err.message, { line: err.line, column: err.column });
  if (err instanceof QueryRefusedError) return send(403, 'query_refused', err.message);
  if (err instanceof SavedQueryParamError) return send(400, 'invalid_input', err.message);
  const e = err as { type?: string; code?: string; message?: string; status?: number };
  if (e.type === 'entity.too.large') return send(413, 'too_large', 'the request body is larger than the server accepts');
  if (e.type === 'entity.parse.failed') return send(400, 'invalid_json', 'the request body is not valid JSON');
  if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') return send(415, 'unsupported_encoding', 'the request body must be UTF-8 JSON');
  if (typeof e.code === 'string' && /TransactionTimedOut|TransactionTimedOutClientConfiguration/.test(e.code)) {
    return send(408, 'query_timeout', 'the query ran longer than the server allows; narrow it or add a LIMIT');
  }
  if (typeof e.code === 'string' && /MemoryPoolOutOfMemoryError|General\.OutOfMemoryError/.test(e.code)) {
    return send(422, 'query_too_large', 'the query needed more memory than the database allows one query; narrow it or add a LIMIT');
  }
  if (typeof e.code === 'string' && UNAVAILABLE.test(e.code)) {
    res.set('Retry-After', '5');
    return send(503, 'database_unavailable', 'the database is not answering; it is being restarted, try again shortly');
  }
  if (typeof e.code === 'string' && e.code.startsWith('Neo.ClientError')) return send(400, 'cypher_error', (e.message ?? 'the query failed').split('\n')[0]!);
  console.error(err);
  return send(500, 'internal', 'the server failed to answer; see its log');
};
