// Sirena live console: lists the latest alerts of the chosen topics, then shows new ones live (client SDK browser bundle).
import { SirenaClient } from '/client/sirena-client.js';

const SEVERITIES = ['unknown', 'minor', 'moderate', 'severe', 'extreme'];
const rank = (severity) => SEVERITIES.indexOf(severity);
/** Alerts listed on opening, and per "Show older alerts". */
const PAGE = 50;
/** Alerts kept on screen; the oldest drop off as new ones arrive. */
const MAX_ALERTS = 500;
const HISTORY_RETRY_MS = 3000;
const SAVED = 'sirena-console';
/** The subscriber token lives for the browser tab only (sessionStorage), never in localStorage or the URL. */
const TOKEN_KEY = 'sirena-console-token';

const config = JSON.parse(document.getElementById('sirena-config')?.textContent ?? '{"topics":[]}');
const $ = (id) => document.getElementById(id);
const els = {
  state: $('state'), topics: $('topics'), minSeverity: $('min-severity'), sound: $('sound'),
  notice: $('notice'), empty: $('empty'), incidents: $('incidents'), older: $('older'),
  tokenRow: $('token-row'), token: $('token'), tokenUse: $('token-use'),
};

/**
 * With SIRENA_JWT_SECRET set, history and live alerts are read with a subscriber token: one given as `#token=…` in
 * the address (taken out of it at once), or typed in; either is kept for this tab only.
 */
let token = sessionStorage.getItem(TOKEN_KEY) ?? undefined;
{
  const fromAddress = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromAddress) {
    token = fromAddress;
    sessionStorage.setItem(TOKEN_KEY, token);
    history.replaceState(null, '', location.pathname + location.search);
  }
}
/**
 * The topics this console may read: all without SIRENA_JWT_SECRET; else the public ones plus those in the token's
 * `topics` claim (read, not verified: the server checks the token; this only spares subscribing to refused topics).
 */
function allowedTopics() {
  if (!config.tokenRequired) return new Set(config.topics.map((t) => t.id));
  const allowed = new Set(config.publicTopics ?? []);
  try {
    const claims = token ? JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) : {};
    const claimed = Array.isArray(claims.topics) ? claims.topics : [];
    for (const topic of claimed.includes('*') ? config.topics.map((t) => t.id) : claimed) allowed.add(topic);
  } catch {
    // Not a JWT: the server will say so.
  }
  return allowed;
}

if (config.tokenRequired) {
  els.tokenRow.hidden = false;
  els.tokenUse.addEventListener('click', () => {
    const value = els.token.value.trim();
    if (!value) return;
    token = value;
    sessionStorage.setItem(TOKEN_KEY, token);
    els.token.value = '';
    start();
  });
}

/** Settings and the last alert seen survive a reload (reopening says how many are new since). */
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

/** id → the alert's latest version: a higher seq of the same id replaces it, a seq already held is dropped. */
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
  box.addEventListener('change', onFilterChanged);
  label.append(box, document.createTextNode(topic.name));
  els.topics.append(label);
}
els.minSeverity.value = settings.minSeverity;
els.minSeverity.addEventListener('change', onFilterChanged);
els.sound.checked = settings.sound;
els.sound.addEventListener('change', () => {
  settings.sound = els.sound.checked;
  if (settings.sound) beep(); // a user gesture unlocks audio; the beep says what it sounds like
  save();
});
els.older.addEventListener('click', () => {
  if (listing?.next == null) return;
  els.older.disabled = true;
  loadHistory(session, listing.next);
});

function onFilterChanged() {
  settings.topics = [...els.topics.querySelectorAll('input:checked')].map((box) => box.value);
  settings.minSeverity = els.minSeverity.value;
  save();
  start();
}

// ---- connection and history ----
/*
 * Each filter gets a subscription of its own, and its history is read once that subscription is acknowledged: an
 * alert stored before the ack is in the history read after it, one stored after is delivered live, and one that is
 * both is kept once (by id and seq). So the list runs from the history into the live alerts with no gap.
 */
let client;
/** Which start() the current client and history page belong to: answers for an earlier filter are dropped. */
let session = 0;
/** The current filter's history as listed so far: `next` is the `before` cursor of the next older page (null: no older ones). */
let listing;
/** The chosen topics this console may read (see allowedTopics). */
let readable = [];
/** The "new since your last visit" count is for the page's first list only. */
let greeted = false;

function start() {
  client?.close();
  client = undefined;
  listing = undefined;
  alerts.clear();
  const id = ++session;
  // Topics the token does not allow are shown, but off and greyed: subscribing to them would be refused.
  const allowed = allowedTopics();
  for (const box of els.topics.querySelectorAll('input')) {
    box.disabled = !allowed.has(box.value);
    box.closest('label').classList.toggle('denied', box.disabled);
  }
  readable = settings.topics.filter((topic) => allowed.has(topic));
  if (config.tokenRequired && allowed.size === 0) {
    setState('offline');
    showNotice('This server needs a subscriber token: enter it above.', 'warn');
    render();
    return;
  }
  if (readable.length === 0) {
    setState('offline');
    showNotice('Pick at least one topic to receive alerts.', 'warn');
    render();
    return;
  }
  hideNotice();
  render();
  const current = new SirenaClient({
    url: location.origin,
    topics: readable,
    minSeverity: settings.minSeverity,
    ...(token && { token }),
  });
  client = current;
  const mine = (listener) => (...args) => {
    if (id === session) listener(...args);
  };
  current.on('state', mine((state) => {
    setState(state);
    // The first ack (later ones are reconnects, which the client resumes with `since`).
    if (state === 'live' && listing === undefined) loadHistory(id);
  }));
  current.on('alert', mine(onAlert));
  current.on('resumed', mine(({ replayed, truncated }) => {
    const what = replayed === 1 ? '1 missed alert replayed' : `${replayed} missed alerts replayed`;
    showNotice(`Resumed: ${what}${truncated ? ' (some older ones were past retention)' : ''}.`, truncated ? 'warn' : 'info');
  }));
  current.on('gap', mine(({ oldestSeq }) => showNotice(`Some alerts before #${oldestSeq} are past retention and cannot be shown.`, 'warn')));
  current.on('reset', mine(() => showNotice('The server’s history was reset: earlier alerts may be missing.', 'warn')));
  current.on('error', mine((error) => showNotice(`${error.code ?? 'error'}: ${error.message}`, 'warn')));
  setState(current.state);
}

/** Lists a page of the filter's history (the newest, or the one before `before`) from the gateway's GET /v1/alerts. */
async function loadHistory(id, before) {
  const query = new URLSearchParams();
  for (const topic of readable) query.append('topic', topic);
  query.set('minSeverity', settings.minSeverity);
  query.set('limit', String(PAGE));
  if (before !== undefined) query.set('before', String(before));
  let page;
  try {
    const headers = { accept: 'application/json', ...(token && { authorization: `Bearer ${token}` }) };
    const response = await fetch(`/v1/alerts?${query}`, { cache: 'no-store', headers });
    const body = await response.json().catch(() => null);
    if (!response.ok) throw new Error(body?.error?.message ?? `HTTP ${response.status}`);
    page = body;
  } catch (error) {
    if (id !== session) return;
    showNotice(`Earlier alerts could not be loaded (${error.message}); trying again.`, 'warn', 'history');
    setTimeout(() => id === session && loadHistory(id, before), HISTORY_RETRY_MS);
    return;
  }
  if (id !== session) return;
  if (els.notice.dataset.source === 'history') hideNotice();
  for (const alert of page.alerts) keep(alert);
  const first = listing === undefined;
  listing = { next: page.next?.before ?? null };
  els.older.disabled = false;
  if (first) greet(page);
  render();
}

/** On reopening: how many of the listed alerts came after the last one seen here (same history epoch only). */
function greet(page) {
  if (greeted) return;
  greeted = true;
  const lastSeen = saved.epoch === client?.epoch && typeof saved.lastSeq === 'number' ? saved.lastSeq : undefined;
  const newest = page.alerts[0]?.seq;
  if (lastSeen !== undefined) {
    const fresh = page.alerts.filter((alert) => alert.seq > lastSeen).length;
    const more = fresh === page.alerts.length && page.next !== null ? '+' : '';
    if (fresh > 0) showNotice(`${fresh}${more} new ${fresh === 1 && !more ? 'alert' : 'alerts'} since your last visit.`, 'info');
  }
  if (newest !== undefined) save({ lastSeq: Math.max(saved.lastSeq ?? 0, newest), epoch: client?.epoch });
}

function setState(state) {
  els.state.dataset.state = state;
  els.state.textContent = state;
}

function showNotice(text, kind = 'info', source = '') {
  els.notice.textContent = text;
  els.notice.dataset.kind = kind;
  els.notice.dataset.source = source;
  els.notice.hidden = false;
}

function hideNotice() {
  els.notice.hidden = true;
  els.notice.dataset.source = '';
}

// ---- alerts ----
/** Keeps an alert unless this version (or a later one) is already held; true when it is new. */
function keep(alert) {
  const held = alerts.get(alert.id);
  if (held && held.seq >= alert.seq) return false;
  alerts.set(alert.id, alert);
  return true;
}

let lastBeep = 0;
function onAlert(alert) {
  if (!keep(alert)) return;
  if (alerts.size > MAX_ALERTS) {
    const oldest = [...alerts.values()].reduce((min, a) => (a.seq < min.seq ? a : min));
    alerts.delete(oldest.id);
  }
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

/** Cards by latest arrival (highest seq) first; inside a card, reports by `publishedAt`, newest first. */
function render() {
  const groups = new Map();
  for (const alert of [...alerts.values()].sort((a, b) => b.seq - a.seq)) {
    const group = groups.get(alert.incidentId) ?? [];
    group.push(alert);
    groups.set(alert.incidentId, group);
  }
  els.empty.hidden = groups.size > 0;
  els.empty.textContent =
    settings.topics.length === 0 ? 'No topic chosen.'
    : listing === undefined ? 'Loading recent alerts…'
    : 'No alerts for these topics and severity yet. New ones appear here as they are published.';
  els.incidents.replaceChildren(...[...groups.values()].map(incidentElement));
  els.older.hidden = listing?.next == null;
}

function byPublishedAtDesc(a, b) {
  return Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || b.seq - a.seq;
}

function incidentElement(group) {
  const reports = [...group].sort(byPublishedAtDesc);
  const worst = reports.reduce((max, alert) => (rank(alert.severity) > rank(max) ? alert.severity : max), 'unknown');
  const li = document.createElement('li');
  li.className = 'incident';
  // The card's colour is its worst report's; each report carries its own badge (one per alert).
  li.dataset.severity = worst;
  li.dataset.incident = reports[0].incidentId;
  const header = document.createElement('header');
  const topics = [...new Set(reports.flatMap((alert) => alert.topics))];
  header.append(text('span', topics.join(' · ')));
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
  li.dataset.id = alert.id;
  const meta = document.createElement('div');
  meta.className = 'meta';
  const published = text('time', when(alert.publishedAt));
  published.dateTime = alert.publishedAt;
  published.title = `Published ${full(alert.publishedAt)}, received ${full(alert.receivedAt)}`;
  meta.append(badge(alert.severity), published, text('span', `#${alert.seq}`));
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
  if (alert.reasons.length > 0) li.append(reasonsElement(alert));
  return li;
}

/** Why the classifier chose this severity and these topics: what lets an operator trust (or question) it. */
function reasonsElement(alert) {
  const details = document.createElement('details');
  details.className = 'reasons';
  const count = alert.reasons.length === 1 ? '1 reason' : `${alert.reasons.length} reasons`;
  details.append(text('summary', `Why ${alert.severity}: ${count}`));
  const list = document.createElement('ul');
  for (const reason of alert.reasons) list.append(text('li', reason));
  details.append(list);
  return details;
}

const timeOnly = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
const dayAndTime = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const yearDayAndTime = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
/** The time alone for today's alerts; the date too for any other day's. */
function when(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const now = new Date();
  if (date.toDateString() === now.toDateString()) return timeOnly.format(date);
  return (date.getFullYear() === now.getFullYear() ? dayAndTime : yearDayAndTime).format(date);
}

function full(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
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

start();
