// Admin authentication: SIRENA_ADMIN_TOKEN as a bearer header or the cookie the login form sets.
import type { RequestHandler } from 'express';
import { parse as parseCookies } from 'cookie';
import { AppError } from '../core/app-error.js';
import { bearerToken, createSecretMatcher } from './publisher-auth.js';

/** The cookie POST /admin/login sets (HttpOnly, SameSite=Strict, Path=/admin). */
export const ADMIN_COOKIE = 'sirena_admin';

/**
 * Guards /admin: no token configured → 404 admin_disabled for every admin route; else the token is required.
 * @example router.use('/admin', createAdminAuth(config.adminToken));
 */
export function createAdminAuth(token: string | undefined): RequestHandler {
  const matches = createSecretMatcher(token === undefined ? [] : [token]);
  return (req, _res, next) => {
    assertAdminEnabled(token);
    const presented = bearerToken(req.get('authorization')) ?? parseCookies(req.get('cookie') ?? '')[ADMIN_COOKIE];
    if (!presented) {
      throw new AppError('unauthorized', 'an admin token is required: Authorization: Bearer <token>, or sign in at /admin/login');
    }
    if (!matches(presented)) throw new AppError('unauthorized', 'the admin token is not valid');
    next();
  };
}

/** Throws admin_disabled when no admin token is configured. */
export function assertAdminEnabled(token: string | undefined): asserts token is string {
  if (token === undefined) {
    throw new AppError('admin_disabled', 'the admin routes are off: set SIRENA_ADMIN_TOKEN to turn them on');
  }
}
