// What every process role shares: config, logger, Redis resolution, and SIGTERM handling with a deadline.
import { createClassifier, type Classifier } from '../classify/classifier.js';
import { loadTopicsFile, type TopicsFile } from '../classify/topics-file.js';
import { join } from 'node:path';
import { classifierFingerprint } from '../classify/classifier-fingerprint.js';
import { loadSeverityCheck, loadTopicCheck, SEVERITY_CHECK_PATH, TOPIC_CHECK_PATH, type LoadedCheck } from '../classify/train-severity-check.js';
import { packageInfo } from '../package-info.js';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { createLogger, type Logger } from '../observability/logger.js';
import { RedisUnreachableError, resolveRedis } from './redis-bootstrap.js';

export interface RoleContext {
  /** Config with redisUrl and redis resolved (the private demo server's URL, if one was started). */
  config: Config;
  logger: Logger;
}

export interface RunningRole {
  /** Stops accepting, finishes in-flight work, closes connections. */
  close(): Promise<void>;
}

/**
 * The topics (SIRENA_TOPICS_FILE or the built-in ones) and their classifier, with the learned severity and topic checks
 * when SIRENA_SEVERITY_CHECK / SIRENA_TOPIC_CHECK are on and the build trained them for these rules; the log says which.
 */
export async function createRoleClassifier(ctx: RoleContext): Promise<{ topicsFile: TopicsFile; classifier: Classifier; fingerprint: string }> {
  const topicsFile = await loadTopicsFile(ctx.config.topicsFile);
  const load = <T>(on: boolean, what: string, loaded: () => LoadedCheck<T>): T | undefined => {
    if (!on) return undefined;
    const result = loaded();
    if ('trainedOn' in result) {
      ctx.logger.info({ trainedOn: result.trainedOn }, `learned ${what} check on`);
      return result.check;
    }
    if (ctx.config.topicsFile === undefined) ctx.logger.warn({ why: result.why }, `learned ${what} check off`);
    else ctx.logger.info({ why: result.why }, `learned ${what} check off: it applies to the built-in topics only`);
    return undefined;
  };
  const severityCheck = load(ctx.config.severityCheck, 'severity', () => loadSeverityCheck(topicsFile));
  const topicCheck = load(ctx.config.topicCheck, 'topic', () => loadTopicCheck(topicsFile, undefined, severityCheck?.space));
  const root = packageInfo().root;
  const fingerprint = classifierFingerprint(topicsFile, {
    severity: severityCheck && join(root, SEVERITY_CHECK_PATH),
    topic: topicCheck && join(root, TOPIC_CHECK_PATH),
  });
  // The API and the workers that log the same fingerprint classify alike: a worker stores ingest's classification.
  ctx.logger.info({ fingerprint }, 'classifier fingerprint');
  return { topicsFile, classifier: createClassifier(topicsFile, { severityCheck, topicCheck }), fingerprint };
}

/**
 * Starts a role; a bad config or unreachable Redis exits 1 with one line naming the cause. SIGTERM/SIGINT close it
 * and exit 0 (or 1 when closing failed or outlived SIRENA_SHUTDOWN_TIMEOUT_MS).
 * @example await runRole('api', (ctx) => startHttpRole(ctx, { api: true, gateway: false }));
 */
export async function runRole(role: string, start: (ctx: RoleContext) => Promise<RunningRole>): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`sirena ${role}: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel, role });
  let stopRedis: () => Promise<void> = async () => undefined;
  let running: RunningRole | undefined;
  // Signals are taken from the start: one that comes while the role is still starting (its port may already be
  // open) shuts it down as soon as it is up, instead of killing it mid-start with the default action.
  let requested: string | undefined;
  let stopping = false;
  const shutdown = (signal: string) => {
    if (!requested) {
      requested = signal;
      // Whatever happens next (even a start that hangs), the process is gone by the deadline.
      const deadline = setTimeout(() => {
        logger.error({ timeoutMs: config.shutdownTimeoutMs }, 'shutdown took too long; exiting');
        process.exit(1);
      }, config.shutdownTimeoutMs);
      deadline.unref();
    }
    if (stopping || !running) return;
    stopping = true;
    const current = running;
    logger.info({ signal }, 'shutting down');
    current
      .close()
      .then(stopRedis)
      .then(
        () => {
          logger.info('stopped');
          process.exit(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  // A process forked by `npm start` (with an IPC channel) goes when its supervisor does: one killed with SIGKILL cannot
  // stop its workers, and an orphan would go on taking jobs with the code it started with (after an upgrade, beside the
  // new workers: alerts classified by two builds).
  if (process.send) {
    process.on('disconnect', () => {
      logger.warn('supervisor gone (its IPC channel closed); shutting down');
      shutdown('disconnect');
    });
  }

  try {
    const redis = await resolveRedis(config, logger);
    stopRedis = redis.stop;
    running = await start({ config: { ...config, redisUrl: redis.url, redis: redis.target }, logger });
  } catch (error) {
    await stopRedis().catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof RedisUnreachableError) process.stderr.write(`sirena ${role}: ${message}\n`);
    else process.stderr.write(`sirena ${role}: failed to start: ${message}\n`);
    process.exit(1);
  }
  if (requested) shutdown(requested);
}

/** What a worker process sends its supervisor (over the fork IPC channel) once it is warm and taking jobs. */
const WORKER_READY = 'sirena:worker-ready';

export function isWorkerReadyMessage(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === WORKER_READY;
}

/** Tells a supervising `npm start` (when there is one) that this worker is ready; a lone worker only logs it. */
export function announceWorkerReady(): void {
  if (process.send && process.connected) process.send({ type: WORKER_READY });
}
