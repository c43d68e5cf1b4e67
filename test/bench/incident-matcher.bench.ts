// Cost of one IncidentMatcher.match(): against 200 varied candidates (warm and cold), and in a flood of one incident.
// Run: npx tsx test/bench/incident-matcher.bench.ts [seconds per scenario, default 2]
import { createClassifier } from '../../src/classify/classifier.js';
import { createIncidentMatcher, type IncidentCandidate } from '../../src/classify/incident-matcher.js';
import { loadTopicsFile } from '../../src/classify/topics-file.js';
import { EVAL_WINDOW_MS, readCorpus } from '../eval/metrics.js';

const seconds = Number(process.argv[2] ?? 2);
const CANDIDATES = 200;
const topics = await loadTopicsFile(process.env.SIRENA_TOPICS_FILE);
const classifier = createClassifier(topics);
const corpus = await readCorpus();
// Every candidate within the window and on the probe's topic, so none is skipped early: the worst case.
const base = Date.parse('2025-01-01T12:00:00Z');
const updates = corpus.map((update, index) => ({
  title: update.title ?? '',
  text: update.text,
  topics: ['kyiv-air-raids', ...classifier.classify(update).topics],
  publishedAt: new Date(base - (index % 60) * 60_000).toISOString(),
}));
const candidatesOf = (round: number): IncidentCandidate[] =>
  Array.from({ length: CANDIDATES }, (_, i) => {
    const update = updates[(i + round) % updates.length]!;
    // A round suffix makes every text new to the feature memo (cold); round 0 repeats them (warm, as in the worker).
    return { id: `c${i}`, incidentId: `i${i % 50}`, ...update, text: round === 0 ? update.text : `${update.text} ${round}` };
  });

interface Timing {
  calls: number;
  microseconds: number;
  cpuMicroseconds: number;
}

/** Calls `step(call)` for `seconds`: wall-clock and CPU time per call (CPU time stays meaningful when the machine is shared). */
function timeCalls(step: (call: number) => void): Timing {
  let calls = 0;
  const cpuStarted = process.cpuUsage();
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(seconds * 1e9));
  let now = started;
  while (now < deadline) {
    step(calls);
    calls++;
    now = process.hrtime.bigint();
  }
  const cpu = process.cpuUsage(cpuStarted);
  return { calls, microseconds: Number(now - started) / 1e3 / calls, cpuMicroseconds: (cpu.user + cpu.system) / calls };
}

function run(cold: boolean): Timing {
  const matcher = createIncidentMatcher({ windowMs: EVAL_WINDOW_MS, topics });
  const warm = candidatesOf(0);
  const publishedAt = new Date(base).toISOString();
  return timeCalls((call) => {
    const candidates = cold ? candidatesOf(call + 1) : warm;
    matcher.match({ ...updates[call % updates.length]!, publishedAt }, candidates);
  });
}

/**
 * A flood, as at thousands of updates a second: the 100 candidates a worker passes are all reports of one incident,
 * and each call brings one new text (the probe, which then becomes the newest candidate).
 */
function flood(): Timing {
  const matcher = createIncidentMatcher({ windowMs: EVAL_WINDOW_MS, topics });
  const text = 'Drone attack on Kyiv: fires in two districts, three people wounded';
  const publishedAt = new Date(base).toISOString();
  let pool: IncidentCandidate[] = Array.from({ length: 100 }, (_, i) => ({
    id: `f${i}`, incidentId: 'night', topics: ['kyiv-air-raids'], title: '', text: `${text} (f${i})`, publishedAt,
  }));
  return timeCalls((call) => {
    const probe = { topics: ['kyiv-air-raids'], title: '', text: `${text} (p${call})`, publishedAt };
    const match = matcher.match(probe, pool);
    pool = [{ id: `p${call}`, incidentId: match?.incidentId ?? `p${call}`, ...probe }, ...pool.slice(0, 99)];
  });
}

const report = (name: string, scenario: string, candidates: number, result: Timing) => {
  console.log(`${name.padEnd(34)}${String(result.calls).padStart(10)}${result.microseconds.toFixed(0).padStart(12)}${result.cpuMicroseconds.toFixed(0).padStart(14)}`);
  console.log(JSON.stringify({ scenario, candidates, microsecondsPerCall: Math.round(result.microseconds), cpuMicrosecondsPerCall: Math.round(result.cpuMicroseconds) }));
};

run(false); // warm-up: JIT and inline caches
console.log(`${CANDIDATES} candidates per call\n\n${'scenario'.padEnd(34)}${'calls'.padStart(10)}${'µs/call'.padStart(12)}${'CPU µs/call'.padStart(14)}`);
report('warm (candidates seen before)', 'incident-match-warm', CANDIDATES, run(false));
report('cold (every candidate text new)', 'incident-match-cold', CANDIDATES, run(true));
report('flood (100 of one incident, 1 new)', 'incident-match-flood', 100, flood());
