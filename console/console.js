// Sirena live console: lists the latest alerts of the chosen topics, then shows new ones live (client SDK browser bundle).
import { SirenaClient, deviceIdOf, subscribeToPush, unsubscribeFromPush } from '/client/sirena-client.js';

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
/** The editor key, likewise for this tab only. */
const EDITOR_KEY = 'sirena-console-editor';

const config = JSON.parse(document.getElementById('sirena-config')?.textContent ?? '{"topics":[]}');
const $ = (id) => document.getElementById(id);
const els = {
  state: $('state'), topics: $('topics'), minSeverity: $('min-severity'), sound: $('sound'),
  notice: $('notice'), empty: $('empty'), incidents: $('incidents'), older: $('older'),
  tokenRow: $('token-row'), token: $('token'), tokenUse: $('token-use'), areas: $('areas'),
  editorRow: $('editor-row'), editorKey: $('editor-key'), editorKeyLabel: $('editor-key-label'), editorSignIn: $('editor-sign-in'),
  editorStatus: $('editor-status'), editorSignOut: $('editor-sign-out'),
  notifyRow: $('notify-row'), notify: $('notify'), notifyStatus: $('notify-status'),
};
/**
 * This browser's device id: its sockets connect with it and ack every alert, and its push subscription carries it,
 * so the server pushes an alert only when no open console here acked it in time.
 */
const deviceId = deviceIdOf();

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

// ---- editor sign-in (SIRENA_EDITOR_KEYS set) ----
let editorKey = sessionStorage.getItem(EDITOR_KEY) ?? undefined;
/** The alert being edited: { id, kind: 'severity' | 'topics' | 'cancel', severity, topics, note, error }. */
let editing;

function showEditor() {
  els.editorRow.hidden = !config.editing;
  els.editorKeyLabel.hidden = els.editorSignIn.hidden = editorKey !== undefined;
  els.editorStatus.hidden = els.editorSignOut.hidden = editorKey === undefined;
}

if (config.editing) {
  els.editorSignIn.addEventListener('click', async () => {
    const key = els.editorKey.value.trim();
    if (!key) return;
    // The key is checked by an edit of an alert that cannot exist: 404 once past the key check, 401/403 before it.
    const answer = await fetch('/v1/alerts/~/revisions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ note: 'sign-in check' }),
    }).catch(() => undefined);
    if (answer?.status !== 404) {
      showNotice(answer ? 'That editor key was refused.' : 'The server could not be reached to check the key.', 'warn');
      return;
    }
    editorKey = key;
    sessionStorage.setItem(EDITOR_KEY, key);
    els.editorKey.value = '';
    hideNotice();
    showEditor();
    render();
  });
  els.editorSignOut.addEventListener('click', () => {
    editorKey = undefined;
    editing = undefined;
    sessionStorage.removeItem(EDITOR_KEY);
    showEditor();
    render();
  });
}
showEditor();

/** Settings and the last alert seen survive a reload (reopening says how many are new since). */
const saved = (() => {
  try {
    return JSON.parse(localStorage.getItem(SAVED) ?? '{}');
  } catch {
    return {};
  }
})();
/**
 * The last visit as it was when this page opened: live alerts that arrive before the first history page (a gateway's
 * feed can hand on, just after the subscribe, alerts stored just before it) move `saved.lastSeq` on, and must not
 * shrink the "new since your last visit" count.
 */
const lastVisit = { seq: typeof saved.lastSeq === 'number' ? saved.lastSeq : undefined, epoch: saved.epoch };
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
/** area id → its latest state (from the subscribe ack, then `areaState` events). */
const areaStates = new Map();
/** id → the earlier versions of a revised alert, once its history was opened; ids whose history is open. */
const histories = new Map();
const openHistories = new Set();

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
  areaStates.clear();
  renderAreas();
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
    deviceId,
    ...(token && { token }),
  });
  client = current;
  if (pushOn()) updatePush();
  const mine = (listener) => (...args) => {
    if (id === session) listener(...args);
  };
  current.on('state', mine((state) => {
    setState(state);
    // The first ack (later ones are reconnects, which the client resumes with `since`).
    if (state === 'live' && listing === undefined) loadHistory(id);
  }));
  current.on('alert', mine(onAlert));
  current.on('areaState', mine((state) => {
    areaStates.set(state.area, state);
    renderAreas();
  }));
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
  const lastSeen = lastVisit.epoch === client?.epoch ? lastVisit.seq : undefined;
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

// ---- air-raid state per area ----
/** A banner per area of the chosen topics: "Air-raid alert in Kyiv since 21:38", the all-clear, or unknown. */
function renderAreas() {
  const shown = [...areaStates.values()].filter((state) => readable.includes(state.topic));
  els.areas.replaceChildren(...shown.map((state) => {
    const since = state.since ? ` since ${clock(state.since)}` : '';
    const words =
      state.status === 'alert' ? `Air-raid alert in ${state.name}${since}`
      : state.status === 'clear' ? `All clear in ${state.name}${since}`
      : `${state.name}: air-raid state unknown`;
    const div = text('div', words, 'area');
    div.dataset.area = state.area;
    div.dataset.status = state.status;
    if (state.alertId) div.dataset.alertId = state.alertId;
    if (state.since) div.title = `${full(state.since)}${state.alertId ? ` (alert ${state.alertId})` : ''}`;
    return div;
  }));
}

const hourMinute = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
/** 21:38 for today, with the date for another day. */
function clock(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toDateString() === new Date().toDateString() ? hourMinute.format(date) : `${dayAndTime.format(date)}`;
}

// ---- alerts ----
/** Keeps an alert unless this version (or a later one) is already held; true when it is new. */
function keep(alert) {
  const held = alerts.get(alert.id);
  if (held && held.seq >= alert.seq) return false;
  alerts.set(alert.id, alert);
  // Listed here: a notification the service worker showed for this alert id earlier is now a repeat.
  if (document.visibilityState === 'visible') closeNotification(alert.id);
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
  li.dataset.msgType = alert.msgType ?? 'alert';
  li.dataset.revision = String(alert.revision ?? 0);
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
  if ((alert.revision ?? 0) > 0) li.append(revisedElement(alert), historyElement(alert));
  if (alert.reasons.length > 0) li.append(reasonsElement(alert));
  if (editorKey !== undefined && alert.msgType !== 'cancel') li.append(editing?.id === alert.id ? editElement(alert) : actionsElement(alert));
  return li;
}

/** "Revised by an editor: <note>" or "Cancelled: <note>". */
function revisedElement(alert) {
  const what = alert.msgType === 'cancel' ? 'Cancelled by an editor' : `Revised by an editor (revision ${alert.revision})`;
  return text('div', `${what}: ${alert.note ?? ''}`, 'revised');
}

/** The earlier versions, read from GET /v1/alerts/:id when opened. */
function historyElement(alert) {
  const details = document.createElement('details');
  details.className = 'history';
  details.open = openHistories.has(alert.id);
  const count = alert.revision === 1 ? '1 earlier version' : `${alert.revision} earlier versions`;
  details.append(text('summary', `History: ${count}`));
  const held = histories.get(alert.id);
  if (held && held.seq === alert.seq) {
    const list = document.createElement('ol');
    for (const version of held.revisions) {
      const line = `#${version.seq} ${version.severity} · ${version.topics.join(', ')} · ${version.title}${version.note ? ` (${version.note})` : ''}`;
      list.append(text('li', line));
    }
    details.append(list);
  }
  details.addEventListener('toggle', () => {
    if (details.open) openHistories.add(alert.id);
    else openHistories.delete(alert.id);
    if (details.open && histories.get(alert.id)?.seq !== alert.seq) loadRevisions(alert);
  });
  return details;
}

async function loadRevisions(alert) {
  const headers = { accept: 'application/json', ...(token && { authorization: `Bearer ${token}` }) };
  const response = await fetch(`/v1/alerts/${encodeURIComponent(alert.id)}`, { cache: 'no-store', headers }).catch(() => undefined);
  const body = response?.ok ? await response.json().catch(() => null) : null;
  if (!body) return;
  histories.set(alert.id, { seq: body.seq, revisions: body.revisions ?? [] });
  render();
}

function actionsElement(alert) {
  const div = document.createElement('div');
  div.className = 'actions';
  for (const [kind, label] of [['severity', 'Re-grade'], ['topics', 'Re-topic'], ['cancel', 'Cancel alert']]) {
    const button = text('button', label);
    button.type = 'button';
    button.dataset.action = kind;
    button.addEventListener('click', () => {
      editing = { id: alert.id, kind, severity: alert.severity, topics: [...alert.topics], note: '', error: '' };
      render();
      document.querySelector('.edit input[name=note]')?.focus();
    });
    div.append(button);
  }
  return div;
}

/** The inline form of one edit: what changes, and the note (required). Kept in `editing` across re-renders. */
function editElement(alert) {
  const form = document.createElement('form');
  form.className = 'edit';
  form.dataset.kind = editing.kind;
  if (editing.kind === 'severity') {
    const label = text('label', 'New severity ');
    const select = document.createElement('select');
    select.name = 'severity';
    for (const severity of SEVERITIES) select.append(new Option(severity, severity, false, severity === editing.severity));
    select.addEventListener('change', () => (editing.severity = select.value));
    label.append(select);
    form.append(label);
  } else if (editing.kind === 'topics') {
    const fieldset = document.createElement('fieldset');
    fieldset.append(text('legend', 'Topics'));
    for (const topic of config.topics) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = 'topic';
      box.value = topic.id;
      box.checked = editing.topics.includes(topic.id);
      box.addEventListener('change', () => {
        editing.topics = box.checked ? [...editing.topics, topic.id] : editing.topics.filter((id) => id !== topic.id);
      });
      label.append(box, document.createTextNode(` ${topic.name} `));
      fieldset.append(label);
    }
    form.append(fieldset);
  }
  const noteLabel = text('label', 'Note (why) ');
  const note = document.createElement('input');
  note.type = 'text';
  note.name = 'note';
  note.required = true;
  note.maxLength = 1000;
  note.value = editing.note;
  note.addEventListener('input', () => (editing.note = note.value));
  noteLabel.append(note);
  const submit = text('button', editing.kind === 'cancel' ? 'Cancel this alert' : 'Publish correction');
  submit.type = 'submit';
  const close = text('button', 'Close');
  close.type = 'button';
  close.addEventListener('click', () => {
    editing = undefined;
    render();
  });
  form.append(noteLabel, submit, close);
  if (editing.error) form.append(text('div', editing.error, 'error'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    publishEdit(alert);
  });
  return form;
}

async function publishEdit(alert) {
  const edit = editing;
  if (!edit || !edit.note.trim()) return;
  const body =
    edit.kind === 'cancel' ? { note: edit.note }
    : edit.kind === 'severity' ? { severity: edit.severity, note: edit.note }
    : { topics: edit.topics, note: edit.note };
  const path = `/v1/alerts/${encodeURIComponent(alert.id)}/${edit.kind === 'cancel' ? 'cancel' : 'revisions'}`;
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${editorKey}` },
    body: JSON.stringify(body),
  }).catch(() => undefined);
  const answer = response ? await response.json().catch(() => null) : null;
  if (!response?.ok) {
    edit.error = answer?.error?.message ?? 'The server could not be reached.';
    render();
    return;
  }
  // The new version also arrives live (when this filter matches it); shown at once either way.
  editing = undefined;
  keep(answer);
  scheduleRender(answer.seq);
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

// ---- Web Push: "Notify me while the console is closed" ----
/*
 * The service worker (/sirena-sw.js) shows a push as a notification only while no console page is visible, one per
 * alert id (a later version replaces it); with a page visible it hands the push to the page, which lists the alert
 * once (by id and seq) however it came: socket, history or push.
 */
const PUSH_KEY = 'sirena-console-push';
const pushSupported = window.isSecureContext && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
const workerReady = 'serviceWorker' in navigator && window.isSecureContext
  ? navigator.serviceWorker.register('/sirena-sw.js').then(() => navigator.serviceWorker.ready).catch(() => undefined)
  : Promise.resolve(undefined);

function pushOn() {
  try {
    return JSON.parse(localStorage.getItem(PUSH_KEY) ?? 'null')?.id !== undefined;
  } catch {
    return false;
  }
}

function notifyStatus(text) {
  els.notifyStatus.textContent = text;
}

/** Subscribes (again) for the chosen topics and severity: the same browser endpoint replaces its subscription. */
async function updatePush() {
  const registration = await workerReady;
  if (!registration) return notifyStatus('This browser cannot receive pushes here.');
  if (readable.length === 0) return notifyStatus('Pick a topic to be notified of.');
  try {
    const { id } = await subscribeToPush({ url: location.origin, registration, topics: readable, minSeverity: settings.minSeverity, deviceId, ...(token && { token }) });
    localStorage.setItem(PUSH_KEY, JSON.stringify({ id }));
    const floor = rank(settings.minSeverity) > rank(config.pushMinSeverity) ? settings.minSeverity : config.pushMinSeverity;
    const names = readable.map((topic) => config.topics.find((t) => t.id === topic)?.name ?? topic);
    notifyStatus(`On: ${names.join(', ')}, ${floor} and above, while no console is open.`);
  } catch (error) {
    els.notify.checked = false;
    localStorage.removeItem(PUSH_KEY);
    notifyStatus(`Could not turn notifications on: ${error.message}`);
  }
}

async function stopPush() {
  let saved;
  try {
    saved = JSON.parse(localStorage.getItem(PUSH_KEY) ?? 'null');
  } catch {
    saved = null;
  }
  localStorage.removeItem(PUSH_KEY);
  notifyStatus('Off.');
  if (saved?.id) await unsubscribeFromPush({ url: location.origin, id: saved.id, registration: await workerReady }).catch(() => undefined);
}

/** Tells the service worker this alert is listed here: it closes a notification it showed for the id. */
async function closeNotification(id) {
  (await workerReady)?.active?.postMessage({ type: 'sirena-listed', id });
}

if (pushSupported) {
  els.notifyRow.hidden = false;
  els.notify.checked = pushOn();
  // Permission taken back in the browser's settings: the subscription is no use any more.
  navigator.permissions?.query({ name: 'notifications' }).then((status) => {
    if (status.state === 'granted' || !els.notify.checked) return;
    els.notify.checked = false;
    stopPush();
  }, () => undefined);
  els.notify.addEventListener('change', async () => {
    if (!els.notify.checked) return stopPush();
    const permission = await Notification.requestPermission();
    if (permission !== 'granted') {
      els.notify.checked = false;
      return notifyStatus('Notifications are blocked for this site: allow them in the browser to turn this on.');
    }
    notifyStatus('Turning on…');
    await updatePush();
  });
  // A push that came while this page is open: list the alert (read in full from the server) if it fits the filter.
  navigator.serviceWorker.addEventListener('message', async (event) => {
    const pushed = event.data?.type === 'sirena-push' ? event.data.alert : undefined;
    if (!pushed || (alerts.get(pushed.id)?.seq ?? 0) >= pushed.seq) return;
    const headers = { accept: 'application/json', ...(token && { authorization: `Bearer ${token}` }) };
    const response = await fetch(`/v1/alerts/${encodeURIComponent(pushed.id)}`, { headers }).catch(() => undefined);
    if (!response?.ok) return;
    const { revisions: _revisions, ...alert } = await response.json();
    const reach = alert.reach ?? alert;
    if (reach.topics.some((topic) => readable.includes(topic)) && rank(reach.severity) >= rank(settings.minSeverity)) onAlert(alert);
  });
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
