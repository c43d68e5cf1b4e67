// `sirena corrections`: alerts editors corrected, as the eval corpus's JSONL (so corrections measure the classifier).
import { parseArgs } from 'node:util';
import { AlertPageSchema, AlertWithRevisionsSchema, type Alert } from '../core/alert.js';
import { COMMON_OPTIONS, serverUrl, type CliContext } from './cli-context.js';
import { requestJson } from './http-client.js';

export const CORRECTIONS_USAGE = `sirena corrections [--jsonl] [--topic id]... [--token jwt] [--url server]
  Alerts whose latest version is an editor's correction (not cancelled): with --jsonl one line each in the eval
  corpus's format (test/fixtures/*.jsonl: id, title, text, lang, source, publishedAt, and the corrected topics and
  severity as gold), for \`npm run eval -- --file <jsonl>\`; otherwise a line each. --token (default $SIRENA_TOKEN)
  when the server sets SIRENA_JWT_SECRET.`;

/** One corrected alert as a labelled update of the eval corpus: what the classifier saw, and what the editor decided. */
export interface CorrectionLine {
  id: string;
  title?: string;
  text: string;
  lang?: string;
  source?: string;
  publishedAt: string;
  topics: string[];
  severity: Alert['severity'];
  /** Corrections are scored one by one: no gold incident. */
  incident: null;
  note: string;
}

export async function correctionsCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { ...COMMON_OPTIONS, jsonl: { type: 'boolean', default: false }, topic: { type: 'string', multiple: true }, token: { type: 'string' } },
  });
  if (values.help) {
    ctx.out.line(CORRECTIONS_USAGE);
    return 0;
  }
  const base = serverUrl(values.url, ctx.env);
  const token = values.token ?? ctx.env.SIRENA_TOKEN;
  let count = 0;
  for await (const alert of correctedAlerts(base, values.topic ?? [], token)) {
    // The classifier saw the first version's title; the gold is the latest version's topics and severity.
    const single = AlertWithRevisionsSchema.parse(await requestJson(base, 'GET', `/v1/alerts/${encodeURIComponent(alert.id)}`, { token }));
    const first = single.revisions[0] ?? single;
    const line: CorrectionLine = {
      id: alert.id,
      ...(first.title && { title: first.title }),
      text: alert.text,
      ...(alert.lang !== undefined && { lang: alert.lang }),
      ...(alert.source !== undefined && { source: alert.source }),
      publishedAt: alert.publishedAt,
      topics: single.topics,
      severity: single.severity,
      incident: null,
      note: single.note ?? '',
    };
    count += 1;
    ctx.out.record(line);
    if (values.jsonl) ctx.out.line(JSON.stringify(line));
    else ctx.out.line(`${alert.id}: ${first.severity} [${first.topics.join(', ')}] → ${single.severity} [${single.topics.join(', ')}] ${ctx.out.c.dim(line.note)}`);
  }
  if (!values.jsonl) ctx.out.line(ctx.out.c.dim(`${count} corrected alert${count === 1 ? '' : 's'}`));
  return 0;
}

/** Every stored alert whose latest version is an editor's update, newest first (history pages, 1,000 at a time). */
async function* correctedAlerts(base: string, topics: readonly string[], token: string | undefined): AsyncGenerator<Alert> {
  let before: number | undefined;
  for (;;) {
    const query = new URLSearchParams({ limit: '1000' });
    for (const topic of topics) query.append('topic', topic);
    if (before !== undefined) query.set('before', String(before));
    const page = AlertPageSchema.parse(await requestJson(base, 'GET', `/v1/alerts?${query}`, { token }));
    for (const alert of page.alerts) if (alert.msgType === 'update') yield alert;
    if (!page.next || !('before' in page.next)) return;
    before = page.next.before;
  }
}
