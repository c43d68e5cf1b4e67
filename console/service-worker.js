// Sirena console service worker: shows Web Push alerts while no console is open, each alert id once.
//
// A push carries { id, seq, severity, topics, title, msgType }. With a console page visible, the page lists the alert
// (it asks the server for the rest) and no notification is shown; otherwise one notification per alert id (its tag),
// which a later version of the alert (a revision, a cancellation) replaces instead of adding a second.

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

const SEVERITY_WORDS = { extreme: 'EXTREME', severe: 'Severe', moderate: 'Moderate', minor: 'Minor', unknown: 'Alert' };

self.addEventListener('push', (event) => {
  let alert;
  try {
    alert = event.data ? event.data.json() : undefined;
  } catch {
    alert = undefined;
  }
  if (!alert || typeof alert.id !== 'string') return;
  event.waitUntil(deliver(alert));
});

async function deliver(alert) {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const visible = pages.filter((page) => page.visibilityState === 'visible');
  for (const page of pages) page.postMessage({ type: 'sirena-push', alert });
  if (visible.length > 0) return;
  // One notification per alert id: a later version of the same alert replaces it (the higher seq wins).
  const shown = await self.registration.getNotifications({ tag: alert.id });
  if (shown.some((notification) => (notification.data?.seq ?? 0) >= alert.seq)) return;
  const what = alert.msgType === 'cancel' ? 'Cancelled' : alert.msgType === 'update' ? 'Updated' : SEVERITY_WORDS[alert.severity] ?? 'Alert';
  await self.registration.showNotification(`${what}: ${alert.title || alert.topics.join(', ')}`, {
    tag: alert.id,
    body: `${alert.topics.join(' · ')} · ${alert.severity}`,
    data: { id: alert.id, seq: alert.seq },
    requireInteraction: alert.severity === 'extreme' && alert.msgType !== 'cancel',
    renotify: false,
    icon: '/console/icon.svg',
  });
}

// A console page listed this alert (socket, history or push): its notification would be a repeat.
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'sirena-listed' || typeof event.data.id !== 'string') return;
  event.waitUntil(
    self.registration.getNotifications({ tag: event.data.id }).then((shown) => shown.forEach((notification) => notification.close())),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(
    (async () => {
      const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const page = pages.find((candidate) => new URL(candidate.url).pathname === '/');
      if (page) return page.focus();
      return self.clients.openWindow('/');
    })(),
  );
});
