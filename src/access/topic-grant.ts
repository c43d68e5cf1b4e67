// Subscriber grants: when SIRENA_JWT_SECRET is set, every read path (Socket.IO, SSE, history, single alerts,
// incidents) needs an HS256 JWT whose `topics` claim lists what it may read (or ["*"]); SIRENA_PUBLIC_TOPICS stay open.
import { z } from 'zod';
import { AppError } from '../core/app-error.js';
import { TopicIdSchema } from '../core/topic.js';

export const TopicsClaimSchema = z.array(z.union([z.literal('*'), TopicIdSchema])).min(1).max(256);

/**
 * What a reader may see: every topic, or these; `expiresAt` (ms since the epoch) is the token's `exp`, after which a
 * connection made with it is ended.
 */
export type TopicGrant = ({ all: true } | { all: false; topics: ReadonlySet<string> }) & { expiresAt?: number };

export const GRANT_ALL: TopicGrant = { all: true };

export function grantAllows(grant: TopicGrant, topic: string): boolean {
  return grant.all || grant.topics.has(topic);
}

/** True when the grant covers any of the alert's topics (an alert is readable where it would be pushed). */
export function grantSeesAny(grant: TopicGrant, topics: readonly string[]): boolean {
  return grant.all || topics.some((topic) => grant.topics.has(topic));
}

/** Longest setTimeout delay Node takes (about 24.8 days); a later expiry is re-armed when it fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Calls `onExpired` at the grant's expiry (on the next turn of the event loop when it is already past, so the caller
 * has set up its close handlers first); no expiry: never. `cancel()` when the connection ends first.
 * @example const expiry = whenExpired(grant, () => socket.disconnect(true)); socket.on('disconnect', expiry.cancel);
 */
export function whenExpired(grant: TopicGrant, onExpired: () => void): { cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    const left = (grant.expiresAt ?? 0) - Date.now();
    if (left <= 0) {
      timer = undefined;
      onExpired();
      return;
    }
    timer = setTimeout(arm, Math.min(left, MAX_TIMER_MS));
    timer.unref();
  };
  if (grant.expiresAt !== undefined) {
    timer = setTimeout(arm, 0);
    timer.unref();
  }
  return {
    cancel: () => clearTimeout(timer),
  };
}

/** Verifies a token; throws an Error whose message is safe to show the client. */
export async function verifySubscriberToken(token: unknown, secret: Uint8Array): Promise<TopicGrant> {
  if (typeof token !== 'string' || token.length === 0) throw new Error('auth.token is required');
  if (token.length > 8192) throw new Error('auth.token is too long');
  let payload: Record<string, unknown>;
  try {
    // Loaded at the first token (only deployments with SIRENA_JWT_SECRET need it): every role starts faster without.
    const { jwtVerify } = await import('jose');
    ({ payload } = await jwtVerify(token, secret, { algorithms: ['HS256'] }));
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new Error(code === 'ERR_JWT_EXPIRED' ? 'the token has expired' : 'the token is not valid');
  }
  const topics = TopicsClaimSchema.safeParse(payload.topics);
  if (!topics.success) throw new Error('the token needs a `topics` claim: topic ids or ["*"]');
  const expiresAt = typeof payload.exp === 'number' ? payload.exp * 1000 : undefined;
  const grant: TopicGrant = topics.data.includes('*') ? { all: true } : { all: false, topics: new Set(topics.data) };
  if (expiresAt !== undefined) grant.expiresAt = expiresAt;
  return grant;
}

export interface ReadAccessOptions {
  /** SIRENA_JWT_SECRET; unset: every topic is open to every reader. */
  jwtSecret: string | undefined;
  /** SIRENA_PUBLIC_TOPICS: readable without a token (and added to every token's topics) when a secret is set. */
  publicTopics: readonly string[];
}

/**
 * The one rule every read path applies: without SIRENA_JWT_SECRET everything is open; with it, a reader sees the
 * topics of its token plus the public ones, and without a token only the public ones (none: 401).
 * @example const grant = await access.grantFor(bearerToken(req.get('authorization')));
 */
export class ReadAccess {
  /** The HS256 key, when tokens are required. */
  readonly secret: Uint8Array | undefined;
  private readonly publicTopics: ReadonlySet<string>;

  constructor(options: ReadAccessOptions) {
    this.secret = options.jwtSecret === undefined ? undefined : new TextEncoder().encode(options.jwtSecret);
    this.publicTopics = new Set(options.publicTopics);
  }

  get open(): boolean {
    return this.secret === undefined;
  }

  /** What a token (or no token) may read; throws 401 unauthorized for a bad token, or none where nothing is public. */
  async grantFor(token: unknown): Promise<TopicGrant> {
    if (!this.secret) return GRANT_ALL;
    if ((token === undefined || token === '') && this.publicTopics.size > 0) return { all: false, topics: this.publicTopics };
    let grant: TopicGrant;
    try {
      grant = await verifySubscriberToken(token, this.secret);
    } catch (error) {
      throw new AppError('unauthorized', `a subscriber token is required: ${(error as Error).message}`);
    }
    if (grant.all || this.publicTopics.size === 0) return grant;
    return { ...grant, topics: new Set([...grant.topics, ...this.publicTopics]) };
  }

  /**
   * The topics a history read covers, in the store's terms (empty: every topic): those asked for, each of which the
   * grant must allow (403 forbidden), or when none are named, every known topic the grant allows. Undefined: the
   * grant allows no known topic, so there is nothing to read.
   */
  topicsToRead(grant: TopicGrant, asked: readonly string[], knownTopics: ReadonlySet<string>): string[] | undefined {
    if (grant.all) return [...asked];
    const denied = asked.find((topic) => !grant.topics.has(topic));
    if (denied !== undefined) throw new AppError('forbidden', `your token does not allow topic ${JSON.stringify(denied)}`);
    if (asked.length > 0) return [...asked];
    const allowed = [...grant.topics].filter((topic) => knownTopics.has(topic));
    return allowed.length > 0 ? allowed : undefined;
  }
}
