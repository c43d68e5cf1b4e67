// `sirena post "text"`: publishes one update (POST /v1/updates) and prints the id it was accepted under.
import { parseArgs } from 'node:util';
import { AcceptedResponseSchema, UpdateInputSchema } from '../core/update.js';
import { COMMON_OPTIONS, serverUrl, UsageError, type CliContext } from './cli-context.js';
import { requestJson } from './http-client.js';

export const POST_USAGE = `sirena post "text" [--topic id]... [--severity level] [--title t] [--id key] [--source s] [--link url] [--key publisher-key] [--url server] [--json]
  Publishes one update. --key defaults to $SIRENA_PUBLISH_KEY (needed when the server sets SIRENA_PUBLISH_KEYS).`;

export async function postCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...COMMON_OPTIONS,
      topic: { type: 'string', multiple: true },
      severity: { type: 'string' },
      title: { type: 'string' },
      id: { type: 'string' },
      source: { type: 'string' },
      link: { type: 'string' },
      key: { type: 'string' },
    },
  });
  if (values.help) {
    ctx.out.line(POST_USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('post takes the update text as one argument (quote it)');
  // The server validates too; checking here names the flag instead of a JSON path.
  const parsed = UpdateInputSchema.safeParse({
    text: positionals[0],
    ...(values.topic && { topics: values.topic }),
    ...(values.severity !== undefined && { severity: values.severity }),
    ...(values.title !== undefined && { title: values.title }),
    ...(values.id !== undefined && { id: values.id }),
    ...(values.source !== undefined && { source: values.source }),
    ...(values.link !== undefined && { url: values.link }),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const flag = { topics: '--topic', severity: '--severity', url: '--link', text: 'text' }[String(issue?.path[0])] ?? `--${String(issue?.path[0])}`;
    throw new UsageError(`${flag}: ${issue?.message ?? 'invalid'}`);
  }
  const base = serverUrl(values.url, ctx.env);
  const key = values.key ?? ctx.env.SIRENA_PUBLISH_KEY;
  const accepted = AcceptedResponseSchema.parse(await requestJson(base, 'POST', '/v1/updates', { body: parsed.data, token: key }));
  ctx.out.record(accepted);
  ctx.out.line(`${ctx.out.c.green('accepted')} ${accepted.ids.join(', ')} ${ctx.out.c.dim(`→ ${base}`)}`);
  return 0;
}
