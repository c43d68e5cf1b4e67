// Which push endpoints Sirena will call: https on an allowed host (SIRENA_PUSH_ENDPOINT_HOSTS), so that a subscriber
// cannot make the server send requests to arbitrary URLs (SSRF).

/**
 * @example
 * const policy = new EndpointPolicy(['fcm.googleapis.com', '*.notify.windows.com', 'push.local:8443']);
 * policy.problem('https://fcm.googleapis.com/fcm/send/abc'); // undefined: allowed
 */
export class EndpointPolicy {
  private readonly exact = new Set<string>();
  /** `*.domain` entries: the suffix `.domain` and the port. */
  private readonly wildcards: { suffix: string; port: string }[] = [];

  /** @param hosts `host`, `host:port` or `*.domain[:port]`, lower case; port 443 unless given. */
  constructor(readonly hosts: readonly string[]) {
    for (const entry of hosts) {
      const [host = '', port = '443'] = entry.split(':');
      if (host.startsWith('*.')) this.wildcards.push({ suffix: host.slice(1), port });
      else this.exact.add(`${host}:${port}`);
    }
  }

  /** Why the endpoint may not be used, or undefined when it may. */
  problem(endpoint: string): string | undefined {
    let url: URL;
    try {
      url = new URL(endpoint);
    } catch {
      return 'the endpoint is not a URL';
    }
    if (url.protocol !== 'https:') return 'push endpoints must be https';
    if (url.username || url.password) return 'push endpoints carry no credentials';
    const host = url.hostname.toLowerCase();
    const port = url.port || '443';
    if (this.exact.has(`${host}:${port}`)) return undefined;
    if (this.wildcards.some((w) => w.port === port && host.endsWith(w.suffix) && host.length > w.suffix.length)) return undefined;
    return `push endpoint host ${url.host} is not in SIRENA_PUSH_ENDPOINT_HOSTS`;
  }
}
