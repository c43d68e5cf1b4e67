// Subscriber authentication: when SIRENA_JWT_SECRET is set, the handshake needs an HS256 JWT whose `topics` claim
// lists what the socket may subscribe to (or ["*"]).
import { jwtVerify } from 'jose';
import { z } from 'zod';
import { TopicIdSchema } from '../core/topic.js';

export const TopicsClaimSchema = z.array(z.union([z.literal('*'), TopicIdSchema])).min(1).max(256);

/** What a socket may subscribe to: every topic, or these. */
export type TopicGrant = { all: true } | { all: false; topics: ReadonlySet<string> };

export const GRANT_ALL: TopicGrant = { all: true };

export function grantAllows(grant: TopicGrant, topic: string): boolean {
  return grant.all || grant.topics.has(topic);
}

/** Verifies a token; throws an Error whose message is safe to show the client. */
export async function verifySubscriberToken(token: unknown, secret: Uint8Array): Promise<TopicGrant> {
  if (typeof token !== 'string' || token.length === 0) throw new Error('auth.token is required');
  if (token.length > 8192) throw new Error('auth.token is too long');
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, secret, { algorithms: ['HS256'] }));
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new Error(code === 'ERR_JWT_EXPIRED' ? 'the token has expired' : 'the token is not valid');
  }
  const topics = TopicsClaimSchema.safeParse(payload.topics);
  if (!topics.success) throw new Error('the token needs a `topics` claim: topic ids or ["*"]');
  return topics.data.includes('*') ? GRANT_ALL : { all: false, topics: new Set(topics.data) };
}
