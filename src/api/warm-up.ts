// Pays, before the API says it is ready, for what its first update would: lazy loads and first runs.
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ulid } from 'ulid';
import type { Classifier } from '../classify/classifier.js';
import { warmUpClassifier } from '../classify/warm-up.js';
import { parseUpdatesBody } from '../core/update.js';
import type { UpdateProducer } from '../queue/update-queue.js';
import { jsonBody } from '../http/json-body.js';

/**
 * The first POST /v1/updates used to take 40 ms more than the next ones: the body parser loads its charset tables
 * on first use, and V8 compiles the classifier and the body schema when they first run. A private loopback app that
 * shares the ingest body parser takes one sample body (nothing is queued, no rate limit is counted); then the
 * classifier, the schema and the id generator run, and the producer queues a job on a queue of its own (see
 * UpdateProducer.warmUp).
 * @example await warmUpApi({ producer, classifier, maxBodyBytes: config.maxBodyBytes });
 */
export async function warmUpApi(deps: { producer: UpdateProducer; classifier: Classifier; maxBodyBytes: number }): Promise<void> {
  const sample = { updates: [{ id: 'warm-up', text: 'Air-raid alert in Kyiv: drones inbound, take shelter', publishedAt: new Date().toISOString() }] };
  const app = express();
  app.post('/', jsonBody(deps.maxBodyBytes), (req, res) => {
    res.status(parseUpdatesBody(req.body).success ? 202 : 400).json({});
  });
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  try {
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve, reject) => {
      const body = JSON.stringify(sample);
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/', headers: { 'content-type': 'application/json' } }, (res) => {
        res.resume();
        res.once('end', () => (res.statusCode === 202 ? resolve() : reject(new Error(`warm-up request answered ${res.statusCode}`))));
      });
      req.once('error', reject);
      req.end(body);
    });
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  warmUpClassifier(deps.classifier);
  parseUpdatesBody({ text: sample.updates[0]!.text });
  ulid();
  await deps.producer.warmUp();
}
