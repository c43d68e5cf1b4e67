// `sirena tail`: follows alerts live through the client SDK, resuming after every disconnect, and says when the connection changes.
import { parseArgs } from 'node:util';
import { SirenaClient, type ConnectionState } from '../client/index.js';
import { SeveritySchema } from '../core/severity.js';
import { SeqCursorSchema } from '../core/subscription.js';
import { TopicIdSchema } from '../core/topic.js';
import { COMMON_OPTIONS, serverUrl, UsageError, type CliContext } from './cli-context.js';

export const TAIL_USAGE = `sirena tail --topic id [--topic id]... [--min-severity level] [--since seq] [--token jwt] [--url server] [--json]
  Prints alerts as they arrive (after replaying those after --since), and connection changes; Ctrl-C stops.
  --token defaults to $SIRENA_TOKEN (needed when the server sets SIRENA_JWT_SECRET).`;

export async function tailCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...COMMON_OPTIONS,
      topic: { type: 'string', multiple: true },
      'min-severity': { type: 'string' },
      since: { type: 'string' },
      token: { type: 'string' },
    },
  });
  const { out } = ctx;
  if (values.help) {
    out.line(TAIL_USAGE);
    return 0;
  }
  const topics = values.topic ?? [];
  if (topics.length === 0) throw new UsageError('tail needs at least one --topic');
  const badTopic = topics.find((topic) => !TopicIdSchema.safeParse(topic).success);
  if (badTopic !== undefined) throw new UsageError(`--topic: ${JSON.stringify(badTopic)} is not a topic id`);
  const minSeverity = SeveritySchema.safeParse(values['min-severity'] ?? 'unknown');
  if (!minSeverity.success) throw new UsageError(`--min-severity must be one of ${SeveritySchema.options.join(', ')}`);
  const since = values.since === undefined ? undefined : SeqCursorSchema.safeParse(values.since);
  if (since && !since.success) throw new UsageError('--since must be a seq (a non-negative integer)');
  const base = serverUrl(values.url, ctx.env);
  const token = values.token ?? ctx.env.SIRENA_TOKEN;

  const client = new SirenaClient({
    url: base,
    topics,
    minSeverity: minSeverity.data,
    ...(since?.data !== undefined && { since: since.data }),
    ...(token && { token }),
  });
  const { c } = out;
  const stateColor: Record<ConnectionState, (text: string) => string> = {
    connecting: c.yellow,
    connected: c.yellow,
    live: c.green,
    reconnecting: c.red,
    offline: c.red,
  };
  // People see connection changes on stderr, so `sirena tail | grep …` keeps only alerts; --json has them all as records.
  const notice = (text: string) => {
    if (!out.json) process.stderr.write(`${c.dim('--')} ${text}\n`);
  };
  client.on('alert', (alert) => out.alert(alert));
  client.on('state', (state, previous) => {
    out.record({ type: 'state', state, previous, url: client.url });
    notice(`${stateColor[state](state)} ${c.dim(client.url)}`);
  });
  client.on('resumed', (info) => {
    out.record({ type: 'resumed', ...info });
    notice(`resumed after #${info.since}: ${info.replayed} missed alert${info.replayed === 1 ? '' : 's'} replayed${info.truncated ? ' (some were past retention)' : ''}`);
  });
  client.on('gap', (info) => {
    out.record({ type: 'gap', ...info });
    notice(c.red(`alerts after #${info.since} and before #${info.oldestSeq} are past retention`));
  });
  client.on('reset', (info) => {
    out.record({ type: 'reset', ...info });
    notice(c.red('the server history was reset (new epoch): seqs started over'));
  });
  client.on('error', (error) => {
    out.record({ type: 'error', code: error.code, message: error.message });
    notice(c.red(`${error.code}: ${error.message}`));
  });

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = () => {
      stopping = true;
      client.close();
      resolve(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    // Offline without Ctrl-C: refused (bad token) or out of attempts.
    client.on('state', (state) => {
      if (state === 'offline' && !stopping) resolve(1);
    });
  });
}
