// The CLI's HTTP calls: JSON in and out, and Sirena's error body turned into one readable error.
import type { ErrorBody } from '../core/app-error.js';

export class CliHttpError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'CliHttpError';
    this.status = status;
    this.code = code;
  }
}

/**
 * @example const topics = await requestJson(base, 'GET', '/v1/topics');
 */
export async function requestJson(
  baseUrl: string,
  method: 'GET' | 'POST',
  path: string,
  options: { body?: unknown; token?: string | undefined } = {},
): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(new URL(path, baseUrl), {
      method,
      headers,
      ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new CliHttpError(0, 'connect_failed', `cannot reach ${baseUrl}: ${cause}`);
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const error = (body as Partial<ErrorBody> | undefined)?.error;
    throw new CliHttpError(response.status, error?.code ?? `http_${response.status}`, error?.message ?? (text.slice(0, 200) || response.statusText));
  }
  return body;
}
