// Admin authentication: SIRENA_ADMIN_TOKEN as a bearer header, or the session cookie the login form sets.
import type { Request, RequestHandler } from 'express';
import { parse as parseCookies } from 'cookie';
import { AppError } from '../core/app-error.js';
import type { AdminSessions } from './admin-sessions.js';
import { bearerToken, createSecretMatcher } from '../access/bearer.js';

/** The cookie POST /admin/login sets (HttpOnly, SameSite=Strict, Path=/admin, Secure over HTTPS): a session value. */
export const ADMIN_COOKIE = 'sirena_admin';

/**
 * Guards /admin: no token configured → 404 admin_disabled for every admin route; else the token is required.
 * @example router.use('/admin', createAdminAuth(config.adminToken));
 */
export function createAdminAuth(
  token: string | undefined,
  sessions: AdminSessions | undefined,
  clientAddress: (req: Request) => string,
): RequestHandler {
  const matches = createSecretMatcher(token === undefined ? [] : [token]);
  return async (req, _res, next) => {
    assertAdminEnabled(token);
    const presented = bearerToken(req.get('authorization'));
    if (presented !== undefined) {
      // Guessing the token by bearer header is throttled like the sign-in form.
      const succeeded = await sessions!.attempt(clientAddress(req));
      if (!matches(presented)) throw new AppError('unauthorized', 'the admin token is not valid');
      await succeeded();
      next();
      return;
    }
    const session = parseCookies(req.get('cookie') ?? '')[ADMIN_COOKIE];
    if (!session) {
      throw new AppError('unauthorized', 'an admin token is required: Authorization: Bearer <token>, or sign in at /admin/login');
    }
    const valid = await (sessions?.isValid(session) ?? false);
    if (!valid) throw new AppError('unauthorized', 'the admin session is not valid or has expired: sign in again at /admin/login');
    next();
  };
}

/** Throws admin_disabled when no admin token is configured. */
export function assertAdminEnabled(token: string | undefined): asserts token is string {
  if (token === undefined) {
    throw new AppError('admin_disabled', 'the admin routes are off: set SIRENA_ADMIN_TOKEN to turn them on');
  }
}
