// `sirena revise <id>` and `sirena cancel <id>`: an editor corrects or cancels an alert (a new version of it).
import { parseArgs } from 'node:util';
import { AlertSchema, type Alert } from '../core/alert.js';
import { CancelRequestSchema, RevisionRequestSchema } from '../lifecycle/alert-revision.js';
import { COMMON_OPTIONS, serverUrl, UsageError, type CliContext } from './cli-context.js';
import { requestJson } from './http-client.js';

const KEY_HELP = '--key defaults to $SIRENA_EDITOR_KEY (one of the server\'s SIRENA_EDITOR_KEYS).';

export const REVISE_USAGE = `sirena revise <alert-id> --note "why" [--severity level] [--topic id]... [--title t] [--key editor-key] [--url server] [--json]
  Corrects an alert: its next version goes to everyone any version reached. ${KEY_HELP}`;

export const CANCEL_USAGE = `sirena cancel <alert-id> --note "why" [--key editor-key] [--url server] [--json]
  Cancels an alert (no change is accepted after). ${KEY_HELP}`;

export async function reviseCommand(argv: string[], ctx: CliContext): Promise<number> {
  return editCommand(argv, ctx, 'revise');
}

export async function cancelCommand(argv: string[], ctx: CliContext): Promise<number> {
  return editCommand(argv, ctx, 'cancel');
}

async function editCommand(argv: string[], ctx: CliContext, kind: 'revise' | 'cancel'): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...COMMON_OPTIONS,
      note: { type: 'string' },
      key: { type: 'string' },
      ...(kind === 'revise' && { severity: { type: 'string' }, topic: { type: 'string', multiple: true }, title: { type: 'string' } }),
    },
  });
  const usage = kind === 'revise' ? REVISE_USAGE : CANCEL_USAGE;
  if (values.help) {
    ctx.out.line(usage);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`${kind} takes one alert id`);
  const extra = values as { severity?: string; topic?: string[]; title?: string };
  const body = {
    note: values.note,
    ...(extra.severity !== undefined && { severity: extra.severity }),
    ...(extra.topic && { topics: extra.topic }),
    ...(extra.title !== undefined && { title: extra.title }),
  };
  // The server validates too; checking here names the flag instead of a JSON path.
  const parsed = (kind === 'revise' ? RevisionRequestSchema : CancelRequestSchema).safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`${{ topics: '--topic' }[String(issue?.path[0])] ?? `--${String(issue?.path[0])}`}: ${issue?.message ?? 'invalid'}`);
  }
  const base = serverUrl(values.url, ctx.env);
  const id = encodeURIComponent(positionals[0] as string);
  const path = kind === 'revise' ? `/v1/alerts/${id}/revisions` : `/v1/alerts/${id}/cancel`;
  const version: Alert = AlertSchema.parse(await requestJson(base, 'POST', path, { body: parsed.data, token: values.key ?? ctx.env.SIRENA_EDITOR_KEY }));
  ctx.out.record(version);
  const what = version.msgType === 'cancel' ? ctx.out.c.red('cancelled') : ctx.out.c.green(`revision ${version.revision}`);
  ctx.out.line(`${what} ${version.id} seq ${version.seq}: ${version.severity} [${version.topics.join(', ')}] ${version.title}`);
  return 0;
}
