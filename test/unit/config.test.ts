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
      severityCheck: true,
      topicCheck: true,
      jobLockMs: 10_000,
    });
    expect(loadConfig({ SIRENA_SEVERITY_CHECK: 'off' }).severityCheck).toBe(false);
    expect(loadConfig({ SIRENA_JOB_LOCK_MS: '3000' }).jobLockMs).toBe(3000);
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
    ['SIRENA_JOB_LOCK_MS', '999'],
    ['SIRENA_RETENTION_COUNT', '1.5'],
    ['SIRENA_TRUSTED_PROXIES', 'proxy.local'],
    ['SIRENA_TRUSTED_PROXIES', '10.0.0.0/33'],
    ['SIRENA_TRUSTED_PROXIES', '10.0.0.1,,'],
    ['SIRENA_MAX_CONNECTION_BUFFER_BYTES', '1000'],
    ['LOG_LEVEL', 'loud'],
    ['REDIS_SENTINELS', 'sentinel-1'],
    ['REDIS_SENTINELS', '10.0.0.1:26379,10.0.0.2:70000'],
    ['REDIS_SENTINELS', '10.0.0.1:26379,,10.0.0.2:26379'],
    ['REDIS_SENTINEL_NAME', 'has space'],
    ['REDIS_CLUSTER_NODES', 'node-1:port'],
    ['REDIS_CLUSTER_NODES', '::1:7000'],
    ['SIRENA_REDIS_MIN_REPLICAS', '-1'],
    ['SIRENA_REDIS_MIN_REPLICAS', 'one'],
    ['SIRENA_REDIS_WAIT_TIMEOUT_MS', '5'],
    ['SIRENA_SEVERITY_CHECK', 'yes'],
  ])('rejects %s=%s naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^invalid configuration: ${name}: `));
  });

  it('reads a Sentinel primary (REDIS_URL is then ignored, and never defaulted to a private server)', () => {
    const config = loadConfig({
      REDIS_URL: 'redis://10.0.0.5:6379',
      REDIS_SENTINELS: ' 10.0.0.1:26379, sentinel-2.internal:26380 ,[fd00::3]:26379',
      REDIS_SENTINEL_NAME: 'sirena-primary',
      REDIS_SENTINEL_PASSWORD: 'sentinel-secret',
      REDIS_USERNAME: 'sirena',
      REDIS_PASSWORD: 'redis-secret',
      SIRENA_REDIS_MIN_REPLICAS: '1',
      SIRENA_REDIS_WAIT_TIMEOUT_MS: '250',
    });
    expect(config.redis).toEqual({
      kind: 'sentinel',
      sentinels: [
        { host: '10.0.0.1', port: 26379 },
        { host: 'sentinel-2.internal', port: 26380 },
        { host: 'fd00::3', port: 26379 },
      ],
      name: 'sirena-primary',
      sentinelPassword: 'sentinel-secret',
      username: 'sirena',
      password: 'redis-secret',
    });
    expect(config.replicas).toEqual({ min: 1, timeoutMs: 250 });
    expect(loadConfig({ REDIS_SENTINELS: '10.0.0.1:26379', REDIS_SENTINEL_NAME: 'p' }).redisUrlDefaulted).toBe(false);
    expect(config.keyPrefix).toBe('sirena:');
  });

  it('reads a cluster and puts a hash tag on the key prefix (one slot for every key)', () => {
    const config = loadConfig({ REDIS_CLUSTER_NODES: '10.0.0.1:7000,10.0.0.2:7000', REDIS_PASSWORD: 'redis-secret' });
    expect(config.redis).toEqual({ kind: 'cluster', nodes: [{ host: '10.0.0.1', port: 7000 }, { host: '10.0.0.2', port: 7000 }], password: 'redis-secret', username: undefined });
    expect(config.keyPrefix).toBe('{sirena}:');
    expect(loadConfig({ REDIS_CLUSTER_NODES: '10.0.0.1:7000', SIRENA_KEY_PREFIX: 'news-{eu}:' }).keyPrefix).toBe('news-{eu}:');
    expect(loadConfig({ REDIS_CLUSTER_NODES: '10.0.0.1:7000', SIRENA_KEY_PREFIX: 'news' }).keyPrefix).toBe('{news}');
    expect(loadConfig({ REDIS_CLUSTER_NODES: '10.0.0.1:7000', SIRENA_KEY_PREFIX: 'a{}:' }).keyPrefix).toBe('{a}:');
    expect(loadConfig({}).replicas).toEqual({ min: 0, timeoutMs: 1000 });
  });

  it.each([
    [{ REDIS_SENTINELS: '10.0.0.1:26379' }, 'REDIS_SENTINEL_NAME'],
    [{ REDIS_SENTINEL_NAME: 'sirena-primary' }, 'REDIS_SENTINELS'],
    [{ REDIS_SENTINELS: '10.0.0.1:26379', REDIS_SENTINEL_NAME: 'p', REDIS_CLUSTER_NODES: '10.0.0.1:7000' }, 'REDIS_SENTINELS, REDIS_CLUSTER_NODES'],
  ])('refuses half or double Redis settings (%j) naming %s', (env, names) => {
    expect(() => loadConfig(env)).toThrow(new RegExp(`^invalid configuration: ${names}: `));
  });
});
