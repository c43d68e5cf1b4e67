// GET /v1/state: the air-raid state of each area, served alike by the API and every gateway, within the reader's grant.
import { Router } from 'express';
import { bearerToken } from '../access/bearer.js';
import { grantAllows, type ReadAccess } from '../access/topic-grant.js';
import type { AreaStates } from '../lifecycle/area-states.js';

export interface StateRouterDeps {
  states: AreaStates;
  /** With SIRENA_JWT_SECRET set, only the areas of topics the token allows (SIRENA_PUBLIC_TOPICS without one). */
  access: ReadAccess;
}

/**
 * @example app.use(stateRouter({ states, access: new ReadAccess(config) }));
 */
export function stateRouter(deps: StateRouterDeps): Router {
  const router = Router();
  router.get('/v1/state', async (req, res) => {
    const grant = await deps.access.grantFor(bearerToken(req.get('authorization')));
    const { seq, areas } = await deps.states.snapshot();
    res.json({ seq, areas: areas.filter((area) => grantAllows(grant, area.topic)) });
  });
  return router;
}
