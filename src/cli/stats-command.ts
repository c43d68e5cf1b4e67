// `sirena stats`: topics with their counts, queue depth and workers, and the latest seq (the ops view with a token).
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { AlertPageSchema } from '../core/alert.js';
import { OpsStatusSchema } from '../core/ops-status.js';
import { TopicListSchema } from '../core/topic.js';
import { COMMON_OPTIONS, serverUrl, type CliContext } from './cli-context.js';
import { requestJson } from './http-client.js';

export const STATS_USAGE = `sirena stats [--token admin-token] [--url server] [--json]
  Topics and counts, queue depth by state, workers, latest seq. The queue figures come from /admin/ops and need the
  admin token (--token, or $SIRENA_ADMIN_TOKEN); without one, only the public figures are shown.`;

/** What stats prints (--json: this object): the ops view, or its public part (queue: null) without an admin token. */
export const StatsReportSchema = z.object({
  url: z.string(),
  topics: OpsStatusSchema.shape.topics,
  history: z.object({ latestSeq: z.number(), oldestSeq: z.number().nullable().optional(), epoch: z.string().optional() }),
  queue: OpsStatusSchema.shape.queue.nullable(),
});
export type StatsReport = z.infer<typeof StatsReportSchema>;

export async function statsCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { ...COMMON_OPTIONS, token: { type: 'string' } } });
  if (values.help) {
    ctx.out.line(STATS_USAGE);
    return 0;
  }
  const base = serverUrl(values.url, ctx.env);
  const token = values.token ?? ctx.env.SIRENA_ADMIN_TOKEN;
  const report = token ? await fromOpsView(base, token) : await fromPublicApi(base);
  ctx.out.record(report);
  print(report, ctx);
  return 0;
}

async function fromOpsView(url: string, token: string): Promise<StatsReport> {
  const ops = OpsStatusSchema.parse(await requestJson(url, 'GET', '/admin/ops', { token }));
  return { url, topics: ops.topics, history: ops.history, queue: ops.queue };
}

async function fromPublicApi(url: string): Promise<StatsReport> {
  const [topics, latest] = await Promise.all([
    requestJson(url, 'GET', '/v1/topics').then((body) => TopicListSchema.parse(body)),
    requestJson(url, 'GET', '/v1/alerts?limit=1').then((body) => AlertPageSchema.parse(body)),
  ]);
  return {
    url,
    topics: topics.topics.map(({ id, name, count }) => ({ id, name, count })),
    history: { latestSeq: latest.alerts[0]?.seq ?? 0 },
    queue: null,
  };
}

function print(report: StatsReport, { out }: CliContext): void {
  const { c } = out;
  const { history, queue } = report;
  const oldest = history.oldestSeq === undefined ? '' : ` (oldest ${history.oldestSeq ?? '–'})`;
  out.line(`${c.bold('Sirena')} ${c.dim(report.url)}  latest seq ${c.bold(String(history.latestSeq))}${oldest}`);
  if (queue) {
    const depth = queue.depth > 0.8 * queue.maxDepth ? c.red(String(queue.depth)) : c.bold(String(queue.depth));
    const states = Object.entries(queue.jobs).map(([state, n]) => `${state} ${state === 'failed' && n > 0 ? c.red(String(n)) : n}`);
    out.line(`queue   depth ${depth} / ${queue.maxDepth}  ·  ${states.join('  ·  ')}  ·  workers ${queue.workers === 0 ? c.red('0') : c.bold(String(queue.workers))}`);
  } else {
    out.line(c.dim('queue   (needs the admin token: --token or $SIRENA_ADMIN_TOKEN)'));
  }
  const width = Math.max(...report.topics.map((topic) => topic.id.length), 5);
  out.line(c.bold('topics'));
  for (const topic of report.topics) out.line(`  ${topic.id.padEnd(width)}  ${String(topic.count).padStart(7)}  ${c.dim(topic.name)}`);
}
