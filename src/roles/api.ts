// `npm run start:api`: the HTTP API alone.
import { runRole } from './role-runtime.js';
import { startHttpRole } from './http-role.js';

await runRole('api', (ctx) => startHttpRole(ctx, { api: true, gateway: false }));
