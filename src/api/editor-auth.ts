// Editor authentication for alert revisions: editor bearer keys compared in constant time; publisher keys refused.
import type { RequestHandler } from 'express';
import { bearerToken, createSecretMatcher } from '../access/bearer.js';
import { AppError } from '../core/app-error.js';

/**
 * @param editorKeys SIRENA_EDITOR_KEYS; empty means nobody may revise.
 * @param publishKeys SIRENA_PUBLISH_KEYS: a publisher key is known but not allowed (403), any other key 401.
 */
export function createEditorAuth(editorKeys: readonly string[], publishKeys: readonly string[]): RequestHandler {
  const isEditor = createSecretMatcher(editorKeys);
  const isPublisher = createSecretMatcher(publishKeys);
  return (req, _res, next) => {
    const presented = bearerToken(req.get('authorization'));
    if (!presented) throw new AppError('unauthorized', 'an editor key is required: Authorization: Bearer <key>');
    if (isEditor(presented)) {
      next();
      return;
    }
    if (isPublisher(presented)) throw new AppError('forbidden', 'a publisher key cannot revise or cancel alerts; use an editor key');
    throw new AppError('unauthorized', editorKeys.length === 0 ? 'no editor keys are configured (SIRENA_EDITOR_KEYS)' : 'the editor key is not valid');
  };
}
