// The JSON body parser every role's routes use (ingest, revisions, push subscriptions and acks on the API and the
// gateways): Express plumbing shared by roles, so it lives beside them rather than in one role's folder.
import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type Request, type RequestHandler, type Response } from 'express';

/**
 * Parses any body as JSON up to `limitBytes` (the route checks the content type before it); `measure` sees each raw
 * body (the ingest byte budget charges bodies that came without a Content-Length).
 * @example router.post('/v1/push/acks', jsonBody(16 * 1024), handler);
 */
export function jsonBody(limitBytes: number, measure?: (req: Request, res: Response, body: Buffer) => void): RequestHandler {
  return express.json({
    limit: limitBytes,
    strict: false,
    type: () => true,
    ...(measure && { verify: (req: IncomingMessage, res: ServerResponse, body: Buffer) => measure(req as Request, res as Response, body) }),
  });
}
