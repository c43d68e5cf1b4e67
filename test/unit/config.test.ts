// Config from the environment: defaults, parsing, and errors that name the variable.
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_REDIS_URL, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('has working defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8080,
      redisUrl: DEFAULT_REDIS_URL,
      redisUrlDefaulted: true,
      keyPrefix: 'sirena:',
      publishKeys: [],
      jwtSecret: undefined,
      workers: 2,
    });
  });

  it('parses values, and treats empty strings as unset', () => {
    const config = loadConfig({
      PORT: '9000',
      REDIS_URL: 'redis://10.0.0.5:6380/2',
      SIRENA_PUBLISH_KEYS: ' key-aaaaaaaaaaaaaaaa , key-bbbbbbbbbbbbbbbb ',
      SIRENA_RETENTION_COUNT: '500',
      SIRENA_JWT_SECRET: '',
    });
    expect(config.port).toBe(9000);
    expect(config.redisUrl).toBe('redis://10.0.0.5:6380/2');
    expect(config.redisUrlDefaulted).toBe(false);
    expect(config.publishKeys).toEqual(['key-aaaaaaaaaaaaaaaa', 'key-bbbbbbbbbbbbbbbb']);
    expect(config.retention.count).toBe(500);
    expect(config.jwtSecret).toBeUndefined();
  });

  it('reads trusted proxies as addresses and CIDRs, IPv4 and IPv6', () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(loadConfig({ SIRENA_TRUSTED_PROXIES: ' 10.0.0.0/8, 127.0.0.1 ,fd00::/8' }).trustedProxies).toEqual(['10.0.0.0/8', '127.0.0.1', 'fd00::/8']);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['REDIS_URL', 'http://localhost:6379'],
    ['SIRENA_KEY_PREFIX', 'has space'],
    ['SIRENA_PUBLISH_KEYS', 'short'],
    ['SIRENA_PUBLISH_KEYS', 'key-aaaaaaaaaaaaaaaa,,'],
    ['SIRENA_JWT_SECRET', 'too-short'],
    ['SIRENA_WORKERS', '0'],
    ['SIRENA_RETENTION_COUNT', '1.5'],
    ['SIRENA_TRUSTED_PROXIES', 'proxy.local'],
    ['SIRENA_TRUSTED_PROXIES', '10.0.0.0/33'],
    ['SIRENA_TRUSTED_PROXIES', '10.0.0.1,,'],
    ['SIRENA_MAX_CONNECTION_BUFFER_BYTES', '1000'],
    ['LOG_LEVEL', 'loud'],
  ])('rejects %s=%s naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^invalid configuration: ${name}: `));
  });
});
