// `sirena state`: the air-raid state of each area (GET /v1/state), one line each.
import { parseArgs } from 'node:util';
import { StateResponseSchema } from '../core/area-state.js';
import { COMMON_OPTIONS, serverUrl, type CliContext } from './cli-context.js';
import { requestJson } from './http-client.js';

export const STATE_USAGE = `sirena state [--token jwt] [--url server] [--json]
  The air-raid state of each area: alert (since when, which alert), clear or unknown. --token (default
  $SIRENA_TOKEN) when the server sets SIRENA_JWT_SECRET.`;

export async function stateCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { ...COMMON_OPTIONS, token: { type: 'string' } } });
  if (values.help) {
    ctx.out.line(STATE_USAGE);
    return 0;
  }
  const base = serverUrl(values.url, ctx.env);
  const state = StateResponseSchema.parse(await requestJson(base, 'GET', '/v1/state', { token: values.token ?? ctx.env.SIRENA_TOKEN }));
  ctx.out.record(state);
  const { c } = ctx.out;
  for (const area of state.areas) {
    const status = area.status === 'alert' ? c.bold(c.red('ALERT')) : area.status === 'clear' ? c.green('clear') : c.dim('unknown');
    const since = area.since ? ` since ${area.since}` : '';
    ctx.out.line(`${area.name.padEnd(14)} ${status}${since}${area.alertId ? c.dim(` (${area.alertId})`) : ''}`);
  }
  ctx.out.line(c.dim(`as of seq ${state.seq}`));
  return 0;
}
