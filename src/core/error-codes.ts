// Every error code Sirena returns, over HTTP and in Socket.IO acks. The README's error table is checked against it.

export interface ErrorSpec {
  /** HTTP status (Socket.IO acks carry only the code). */
  status: number;
  /** What it means, for the README table. */
  description: string;
}

export const ERROR_CODES = {
  invalid_json: { status: 400, description: 'The body is not valid JSON.' },
  invalid_request: { status: 400, description: 'The body or query does not match the schema; `issues` lists what.' },
  invalid_xml: { status: 400, description: 'The body (Content-Type application/cap+xml) is not well-formed XML, or uses an entity it never declares.' },
  xml_dtd_forbidden: { status: 400, description: 'The XML has a DOCTYPE or entity declaration; DTDs are refused (no external entity is fetched, none expands).' },
  invalid_cap: { status: 400, description: 'Well-formed XML that is not a valid CAP 1.2 alert: wrong root or namespace, a required element missing, out of order, or a bad value.' },
  cap_version_unsupported: { status: 400, description: 'A CAP 1.0 or 1.1 message; Sirena takes CAP 1.2 only.' },
  cap_not_relayed: { status: 400, description: 'A valid CAP 1.2 message Sirena does not take: status other than Actual, scope other than Public, msgType Ack or Error, an identifier that is no alert id, or an Alert without headline or description.' },
  push_endpoint_not_allowed: { status: 400, description: 'A push subscription whose endpoint is not https on a host in SIRENA_PUSH_ENDPOINT_HOSTS.' },
  invalid_push_keys: { status: 400, description: 'A push subscription whose keys are not a P-256 public key (p256dh, 65 bytes) and a 16-byte auth secret, base64url.' },
  unknown_topic: { status: 400, description: 'A topic id that is not configured.' },
  unauthorized: { status: 401, description: 'Missing or wrong publisher key, or a missing/invalid token.' },
  forbidden: { status: 403, description: 'Authenticated, but not allowed (topic outside the token, ingest off loopback).' },
  not_found: { status: 404, description: 'No such route.' },
  admin_disabled: { status: 404, description: 'The admin routes are off because SIRENA_ADMIN_TOKEN is unset.' },
  alert_not_found: { status: 404, description: 'No stored alert with that id (never existed, or past retention).' },
  incident_not_found: { status: 404, description: 'No stored alert belongs to that incident.' },
  alert_cancelled: { status: 409, description: 'The alert was cancelled; no further revision or cancellation is accepted.' },
  payload_too_large: { status: 413, description: 'The body is larger than SIRENA_MAX_BODY_BYTES.' },
  unsupported_media_type: { status: 415, description: 'POST bodies must be `application/json` (or `application/cap+xml` on POST /v1/updates).' },
  rate_limited: { status: 429, description: 'Too many requests; retry after `Retry-After` seconds.' },
  internal_error: { status: 500, description: 'An unexpected error; it is logged, nothing accepted is lost.' },
  queue_overloaded: { status: 503, description: 'The queue is beyond SIRENA_MAX_QUEUE_DEPTH; retry after `Retry-After`.' },
  unavailable: { status: 503, description: 'Redis or the queue cannot be reached, or fewer replicas than SIRENA_REDIS_MIN_REPLICAS confirmed the write; retry after `Retry-After`.' },
  gateway_full: { status: 503, description: 'The gateway holds SIRENA_MAX_CONNECTIONS connections; retry (or use another gateway) after `Retry-After`.' },
  shutting_down: { status: 503, description: 'The process is stopping; retry (on another instance) after `Retry-After`.' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERROR_CODES;
