// `npm run start:gateway`: the Socket.IO gateway alone (with /healthz, /readyz, /metrics).
import { runRole } from './role-runtime.js';
import { startHttpRole } from './http-role.js';

await runRole('gateway', (ctx) => startHttpRole(ctx, { api: false, gateway: true }));
