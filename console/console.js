// Sirena live console: subscribes through the project's client SDK (browser bundle) and shows alerts by incident.
import { SirenaClient } from '/client/sirena-client.js';

const SEVERITIES = ['unknown', 'minor', 'moderate', 'severe', 'extreme'];
const rank = (severity) => SEVERITIES.indexOf(severity);
/** Alerts kept on screen; older ones drop off. */
const MAX_ALERTS = 500;
const SAVED = 'sirena-console';

const config = JSON.parse(document.getElementById('sirena-config')?.textContent ?? '{"topics":[]}');
const $ = (id) => document.getElementById(id);
const els = {
  state: $('state'), topics: $('topics'), minSeverity: $('min-severity'), sound: $('sound'),
  notice: $('notice'), empty: $('empty'), incidents: $('incidents'),
};

/** Settings and the resume cursor survive a reload, so reopening the page replays what was missed. */
const saved = (() => {
  try {
    return JSON.parse(localStorage.getItem(SAVED) ?? '{}');
  } catch {
    return {};
  }
})();
const settings = {
  topics: Array.isArray(saved.topics) ? saved.topics.filter((id) => config.topics.some((t) => t.id === id)) : config.topics.map((t) => t.id),
  minSeverity: SEVERITIES.includes(saved.minSeverity) ? saved.minSeverity : 'unknown',
  sound: saved.sound === true,
};
function save(extra = {}) {
  Object.assign(saved, settings, extra);
  localStorage.setItem(SAVED, JSON.stringify(saved));
}

/** seq → alert, and incidentId → its alerts (what the list renders). */
const alerts = new Map();

// ---- controls ----
for (const topic of config.topics) {
  const label = document.createElement('label');
  label.className = 'chip';
  label.title = topic.description ?? topic.id;
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.value = topic.id;
  box.checked = settings.topics.includes(topic.id);
  box.addEventListener('change', onTopicsChanged);
  label.append(box, document.createTextNode(topic.name));
  els.topics.append(label);
}
els.minSeverity.value = settings.minSeverity;
els.minSeverity.addEventListener('change', onTopicsChanged);
els.sound.checked = settings.sound;
els.sound.addEventListener('change', () => {
  settings.sound = els.sound.checked;
  if (settings.sound) beep(); // a user gesture unlocks audio; the beep says what it sounds like
  save();
});

function onTopicsChanged() {
  settings.topics = [...els.topics.querySelectorAll('input:checked')].map((box) => box.value);
  settings.minSeverity = els.minSeverity.value;
  save();
  render();
  if (settings.topics.length === 0) {
    stop();
    showNotice('Pick at least one topic to receive alerts.', 'warn');
    return;
  }
  if (client) client.setTopics(settings.topics, settings.minSeverity).catch((error) => showNotice(String(error), 'warn'));
  else start();
}

// ---- connection ----
let client;
function start() {
  client = new SirenaClient({
    url: location.origin,
    topics: settings.topics,
    minSeverity: settings.minSeverity,
    ...(typeof saved.lastSeq === 'number' && { since: saved.lastSeq }),
    ...(typeof saved.epoch === 'string' && { epoch: saved.epoch }),
  });
  client.on('state', setState);
  client.on('alert', onAlert);
  client.on('resumed', ({ replayed, truncated }) => {
    const what = replayed === 1 ? '1 missed alert replayed' : `${replayed} missed alerts replayed`;
    showNotice(`Resumed: ${what}${truncated ? ' (some older ones were past retention)' : ''}.`, truncated ? 'warn' : 'info');
  });
  client.on('gap', ({ oldestSeq }) => showNotice(`Some alerts before #${oldestSeq} are past retention and cannot be shown.`, 'warn'));
  client.on('reset', () => showNotice('The server’s history was reset: earlier alerts may be missing.', 'warn'));
  client.on('error', (error) => showNotice(`${error.code ?? 'error'}: ${error.message}`, 'warn'));
  setState(client.state);
}
function stop() {
  client?.close();
  client = undefined;
  setState('offline');
}

function setState(state) {
  els.state.dataset.state = state;
  els.state.textContent = state;
}

function showNotice(text, kind = 'info') {
  els.notice.textContent = text;
  els.notice.dataset.kind = kind;
  els.notice.hidden = false;
}

// ---- alerts ----
let lastBeep = 0;
function onAlert(alert) {
  alerts.set(alert.seq, alert);
  if (alerts.size > MAX_ALERTS) alerts.delete(Math.min(...alerts.keys()));
  save({ lastSeq: Math.max(saved.lastSeq ?? 0, alert.seq), epoch: client?.epoch ?? saved.epoch });
  if (settings.sound && alert.severity === 'extreme' && Date.now() - lastBeep > 1500) {
    lastBeep = Date.now();
    beep();
  }
  scheduleRender(alert.seq);
}

let pending;
const fresh = new Set();
/** Replay can bring hundreds of alerts in one burst: draw once per frame. */
function scheduleRender(seq) {
  fresh.add(seq);
  pending ??= requestAnimationFrame(() => {
    pending = undefined;
    render();
    fresh.clear();
  });
}

function visible(alert) {
  return rank(alert.severity) >= rank(settings.minSeverity) && alert.topics.some((topic) => settings.topics.includes(topic));
}

function render() {
  const groups = new Map();
  for (const alert of [...alerts.values()].filter(visible).sort((a, b) => b.seq - a.seq)) {
    const group = groups.get(alert.incidentId) ?? [];
    group.push(alert);
    groups.set(alert.incidentId, group);
  }
  els.empty.hidden = groups.size > 0;
  els.incidents.replaceChildren(...[...groups.values()].map(incidentElement));
}

function incidentElement(reports) {
  const worst = reports.reduce((max, alert) => (rank(alert.severity) > rank(max) ? alert.severity : max), 'unknown');
  const li = document.createElement('li');
  li.className = 'incident';
  li.dataset.severity = worst;
  li.dataset.incident = reports[0].incidentId;
  const header = document.createElement('header');
  const topics = [...new Set(reports.flatMap((alert) => alert.topics))];
  header.append(badge(worst), text('span', topics.join(' · ')));
  if (reports.length > 1) header.append(text('span', `${reports.length} reports of one incident`));
  const list = document.createElement('ol');
  list.className = 'reports';
  for (const alert of reports) list.append(reportElement(alert));
  li.append(header, list);
  return li;
}

function reportElement(alert) {
  const li = document.createElement('li');
  li.className = `report${fresh.has(alert.seq) ? ' fresh' : ''}`;
  li.dataset.severity = alert.severity;
  li.dataset.seq = String(alert.seq);
  const meta = document.createElement('div');
  meta.className = 'meta';
  meta.append(badge(alert.severity), text('time', new Date(alert.publishedAt).toLocaleTimeString()), text('span', `#${alert.seq}`));
  if (alert.source) meta.append(text('span', alert.source));
  if (alert.url && /^https?:\/\//.test(alert.url)) {
    const link = text('a', 'source');
    link.href = alert.url;
    link.rel = 'noopener noreferrer';
    link.target = '_blank';
    meta.append(link);
  }
  li.append(text('div', alert.title || alert.text.slice(0, 140), 'title'));
  if (alert.title && alert.text !== alert.title) li.append(text('div', alert.text, 'text'));
  li.append(meta);
  return li;
}

function badge(severity) {
  const span = text('span', severity, 'badge');
  span.dataset.severity = severity;
  return span;
}

function text(tag, content, className) {
  const el = document.createElement(tag);
  el.textContent = content;
  if (className) el.className = className;
  return el;
}

// ---- sound (off by default) ----
let audio;
function beep() {
  audio ??= new AudioContext();
  const osc = audio.createOscillator();
  const gain = audio.createGain();
  osc.type = 'square';
  osc.frequency.value = 880;
  gain.gain.setValueAtTime(0.15, audio.currentTime);
  gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.6);
  osc.connect(gain).connect(audio.destination);
  osc.start();
  osc.stop(audio.currentTime + 0.6);
}

render();
if (settings.topics.length > 0) start();
else {
  setState('offline');
  showNotice('Pick at least one topic to receive alerts.', 'warn');
}
