#!/usr/bin/env node
// `sirena`: the ops command line: tail alerts, post an update, show stats. `sirena --help` lists the commands.
import { CliOutput } from './cli-output.js';
import { UsageError, type CliContext } from './cli-context.js';
import { CliHttpError } from './http-client.js';
import { postCommand, POST_USAGE } from './post-command.js';
import { correctionsCommand, CORRECTIONS_USAGE } from './corrections-command.js';
import { cancelCommand, CANCEL_USAGE, reviseCommand, REVISE_USAGE } from './revise-command.js';
import { stateCommand, STATE_USAGE } from './state-command.js';
import { statsCommand, STATS_USAGE } from './stats-command.js';
import { tailCommand, TAIL_USAGE } from './tail-command.js';
import { packageInfo } from '../package-info.js';

const COMMANDS = {
  tail: [tailCommand, TAIL_USAGE],
  post: [postCommand, POST_USAGE],
  stats: [statsCommand, STATS_USAGE],
  state: [stateCommand, STATE_USAGE],
  revise: [reviseCommand, REVISE_USAGE],
  corrections: [correctionsCommand, CORRECTIONS_USAGE],
  cancel: [cancelCommand, CANCEL_USAGE],
} as const;

const USAGE = `Usage: sirena <command> [options]

${Object.values(COMMANDS)
  .map(([, usage]) => usage)
  .join('\n\n')}

Every command takes --url (default $SIRENA_URL or http://127.0.0.1:8080) and --json (one JSON object per line).
Colour is off with NO_COLOR=1 or when the output is not a terminal.`;

/** Runs one command line; resolves to the exit code (0 ok, 1 failed, 2 usage error). */
export async function runCli(argv: string[], io: Pick<CliContext, 'env'> & { stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }): Promise<number> {
  const json = argv.includes('--json');
  const out = new CliOutput({ json, stdout: io.stdout, stderr: io.stderr, env: io.env });
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    out.line(USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${packageInfo().version}\n`);
    return 0;
  }
  const command = COMMANDS[name as keyof typeof COMMANDS];
  if (!command) {
    out.error(`unknown command ${JSON.stringify(name)}; try: ${Object.keys(COMMANDS).join(', ')}`);
    return 2;
  }
  const [run, usage] = command;
  try {
    return await run(rest, { out, env: io.env });
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      out.error(`${(error as Error).message}\n\n${usage}`);
      return 2;
    }
    if (error instanceof CliHttpError) {
      out.error(`${error.code}: ${error.message}`);
      return 1;
    }
    out.error((error as Error).message);
    return 1;
  }
}

process.exitCode = await runCli(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr });
