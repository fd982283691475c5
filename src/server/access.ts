/**
 * Who may talk to the API. Every request's Host header must name an allowed host, so a web page
 * elsewhere cannot reach a loopback server through DNS rebinding. When the server listens beyond
 * loopback, every /api request must carry `Authorization: Bearer $KG_API_TOKEN`; the explorer's
 * files themselves hold no data and are served to anyone who may reach the host.
 */
import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HttpError } from './errors.ts';

export interface AccessOptions {
  /** The bearer token /api requests must carry; none on loopback unless KG_API_TOKEN is set. */
  token?: string;
  /** Host names (without port) a request may be addressed to. */
  allowedHosts: string[];
}

export class AccessConfigError extends Error {
  override name = 'AccessConfigError';
}

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '::1', '[::1]'];
const isLoopback = (host: string) => LOOPBACK_HOSTS.includes(host) || host.startsWith('127.');

/** The access rules for a server listening on `host`, from KG_API_TOKEN and KG_ALLOWED_HOSTS. */
export function accessFor(host: string, env: NodeJS.ProcessEnv = process.env): AccessOptions {
  const token = env.KG_API_TOKEN || undefined;
  const listed = (env.KG_ALLOWED_HOSTS ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  if (isLoopback(host)) return { ...(token ? { token } : {}), allowedHosts: [...LOOPBACK_HOSTS, ...listed] };
  if (!token || token.length < 16) {
    throw new AccessConfigError(
      `the API would listen on ${host}, beyond this machine: set KG_API_TOKEN to a secret of 16 characters or more (clients send it as "Authorization: Bearer …"), or HOST=127.0.0.1`,
    );
  }
  const own = host === '0.0.0.0' || host === '::' ? [] : [host.toLowerCase()];
  return { token, allowedHosts: [...LOOPBACK_HOSTS, ...own, ...listed] };
}

/** The host a request names, without its port ("[::1]:3000" → "[::1]"). */
function hostName(header: string | undefined): string {
  const h = (header ?? '').toLowerCase();
  return h.startsWith('[') ? h.slice(0, h.indexOf(']') + 1) : h.replace(/:\d+$/, '');
}

function tokenMatches(given: string, expected: string): boolean {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

export function accessControl(options: AccessOptions): RequestHandler {
  const allowed = new Set(options.allowedHosts);
  return (req, res, next) => {
    const host = hostName(req.headers.host);
    if (!allowed.has(host)) {
      return next(new HttpError(421, 'host_not_allowed', `this server does not answer for host "${host}"; add it to KG_ALLOWED_HOSTS`));
    }
    if (options.token && req.path.startsWith('/api/')) {
      const [scheme, given] = (req.headers.authorization ?? '').split(' ');
      if (scheme !== 'Bearer' || !given || !tokenMatches(given, options.token)) {
        res.set('WWW-Authenticate', 'Bearer');
        return next(new HttpError(401, 'unauthorized', 'this API needs "Authorization: Bearer <KG_API_TOKEN>"; open the explorer as /#token=<KG_API_TOKEN>'));
      }
    }
    next();
  };
}
