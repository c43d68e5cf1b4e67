// Bench child: the local HTTPS push service (test/helpers/fake-push-service.ts) in a process of its own, so that its
// TLS and decryption never share the bench process's event loop. It makes the subscriptions and reports receipts.
import { setPriority } from 'node:os';
import { startFakePushService } from '../helpers/fake-push-service.js';

// A real push service runs on someone else's machines: here it shares the cores, so it yields them to Sirena's
// processes (lowest priority) rather than being counted against the sockets' latency.
try {
  setPriority(19);
} catch {
  // Not allowed here: it runs at the normal priority.
}

/** Commands the bench sends; replies are { type: 'ready' | 'subscriptions' | 'report' }. */
type Command = { type: 'subscriptions'; count: number; prefix: string } | { type: 'report'; since?: number } | { type: 'close' };

const service = await startFakePushService();
// Every VAPID signature is checked; every 50th body is decrypted (and must decrypt), the rest are counted.
service.decryptEvery = 50;
const send = (message: unknown) => process.send?.(message);
send({ type: 'ready', host: service.host, certPath: service.certPath });

process.on('message', (command: Command) => {
  if (command.type === 'subscriptions') {
    const subscriptions = Array.from({ length: command.count }, (_, i) => service.subscription(`${command.prefix}-${i}`).json);
    send({ type: 'subscriptions', subscriptions });
  } else if (command.type === 'report') {
    // First and last receipt since `since` (the alert of the round being measured).
    let firstAt = Infinity;
    let lastAt = -Infinity;
    for (const push of service.received) {
      if (push.at < (command.since ?? 0)) continue;
      firstAt = Math.min(firstAt, push.at);
      lastAt = Math.max(lastAt, push.at);
    }
    send({
      type: 'report',
      received: service.received.length,
      distinct: new Set(service.received.map((push) => push.name)).size,
      requests: service.requests,
      rejected: service.rejected.length,
      firstAt,
      lastAt,
    });
  } else if (command.type === 'close') {
    void service.stop().finally(() => process.exit(0));
  }
});
