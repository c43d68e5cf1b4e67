// `npm run bench [scenario…]`: every benchmark against the raw Socket.IO baseline in the same run; a table, then
// one JSON line per scenario. BENCH_QUICK=1 runs smaller numbers for development.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { QUICK, withDeadline, type ScenarioResult } from './bench-harness.js';
import { fanoutScenario } from './scenarios/fanout.js';
import { firstAlertScenario } from './scenarios/first-alert.js';
import { ingestScenario } from './scenarios/ingest.js';
import { latencyScenario } from './scenarios/latency.js';
import { memoryScenario } from './scenarios/memory.js';
import { priorityScenario } from './scenarios/priority.js';
import { pushScenario } from './scenarios/push.js';
import { replayScenario } from './scenarios/replay.js';
import { revisionScenario } from './scenarios/revision.js';

/** The classifier's own bench, in its own process: its last line is its JSON. */
function classifierScenario(): Promise<ScenarioResult> {
  const script = fileURLToPath(new URL('./classifier.bench.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', script, QUICK ? '0.5' : '2'], (error, stdout) => {
      if (error) return reject(error);
      const line = stdout.trim().split('\n').pop() ?? '{}';
      const { updatesPerSecond, variedFirstPassPerSecond, variedWarmPerSecond, ordinaryMs, craftedMs, craftedRatio } = JSON.parse(line) as Record<string, number>;
      resolve({
        scenario: 'classifier',
        metric:
          'classify() with the learned checks on one core: updates/s over the corpus, and over every distinct text of every corpus (first pass, warm); one 20,000-char update (classify + match), ordinary vs crafted: ms',
        sirena: { updatesPerSecond: updatesPerSecond!, variedFirstPassPerSecond: variedFirstPassPerSecond!, variedWarmPerSecond: variedWarmPerSecond!, ordinaryMs: ordinaryMs!, craftedMs: craftedMs! },
        raw: {},
        ratio: { craftedToOrdinary: craftedRatio! },
        goal: '≥ 20,000 updates/s on the corpus (issue 16; the varied figures are shown beside it); a crafted update ≤ 3x an ordinary one',
        pass: updatesPerSecond! >= 20_000 && craftedRatio! <= 3,
      });
    });
  });
}

const SCENARIOS: Record<string, { run: () => Promise<ScenarioResult>; deadlineS: number }> = {
  latency: { run: latencyScenario, deadlineS: 1200 },
  ingest: { run: ingestScenario, deadlineS: 720 },
  priority: { run: priorityScenario, deadlineS: 300 },
  memory: { run: memoryScenario, deadlineS: 420 },
  replay: { run: replayScenario, deadlineS: 240 },
  revision: { run: revisionScenario, deadlineS: 600 },
  classifier: { run: classifierScenario, deadlineS: 120 },
  'first-alert': { run: firstAlertScenario, deadlineS: 180 },
  fanout: { run: fanoutScenario, deadlineS: 1200 },
  push: { run: pushScenario, deadlineS: 420 },
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in SCENARIOS));
if (unknown.length > 0) {
  console.error(`unknown scenario ${unknown.join(', ')}; choose from: ${Object.keys(SCENARIOS).join(', ')}`);
  process.exit(2);
}
const names = wanted.length > 0 ? wanted : Object.keys(SCENARIOS);

const format = (figures: Record<string, number>) =>
  Object.entries(figures)
    .map(([key, value]) => `${key} ${value}`)
    .join(', ') || '-';

const results: ScenarioResult[] = [];
let errors = 0;
for (const name of names) {
  const scenario = SCENARIOS[name]!;
  const started = Date.now();
  process.stderr.write(`bench: ${name}${QUICK ? ' (quick)' : ''}…\n`);
  try {
    const result = await withDeadline(scenario.run(), scenario.deadlineS * 1000, name);
    results.push(result);
    console.log(JSON.stringify({ ...result, seconds: Math.round((Date.now() - started) / 1000), quick: QUICK }));
  } catch (error) {
    errors += 1;
    const message = error instanceof Error ? error.message : String(error);
    results.push({ scenario: name, metric: '', sirena: {}, raw: {}, ratio: {}, goal: '', pass: false, notes: `error: ${message}` });
    console.log(JSON.stringify({ scenario: name, error: message }));
  }
}

console.log('');
console.log('| scenario | measured | Sirena | raw Socket.IO | ratio | goal | pass |');
console.log('|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(`| ${r.scenario} | ${r.metric} | ${format(r.sirena)} | ${format(r.raw)} | ${format(r.ratio)} | ${r.goal} | ${r.pass ? 'yes' : 'NO'}${r.notes ? ` (${r.notes})` : ''} |`);
}
// Children (servers, fleets) are stopped by now; pending keep-alive sockets must not hold the process.
process.exit(errors > 0 ? 1 : 0);
