// `npm run start:worker`: one BullMQ worker process (npm start runs SIRENA_WORKERS of these, supervised).
import { runRole } from '../src/roles/role-runtime.js';
import { startWorkerRole } from '../src/roles/worker-role.js';

await runRole('worker', startWorkerRole);
