// CAP 1.2 in → Sirena: an Alert message becomes an update to queue, an Update or Cancel an editor-style change.
import { ALERT_ID_PATTERN } from '../core/alert.js';
import { AppError, invalidRequest } from '../core/app-error.js';
import type { Severity } from '../core/severity.js';
import { UpdateInputSchema, type UpdateInput } from '../core/update.js';
import type { AlertChange } from '../lifecycle/alert-revision.js';
import type { CapMessage } from './parse-cap.js';

const SEVERITY_OF: Record<string, Severity> = { Extreme: 'extreme', Severe: 'severe', Moderate: 'moderate', Minor: 'minor', Unknown: 'unknown' };
const NOTE_MAX = 1000;

/** Refuses what Sirena does not relay: not Actual, not Public, Ack/Error, an identifier that is no alert id. */
export function checkRelayable(message: CapMessage): void {
  const refuse = (why: string) => new AppError('cap_not_relayed', why);
  if (message.status !== 'Actual') throw refuse(`status ${message.status}: only Actual messages are relayed to the public`);
  if (message.scope !== 'Public') throw refuse(`scope ${message.scope}: only Public messages are relayed`);
  if (message.msgType === 'Ack' || message.msgType === 'Error') throw refuse(`msgType ${message.msgType} is not relayed`);
  if (!ALERT_ID_PATTERN.test(message.identifier)) {
    throw refuse('the identifier must be 1-128 characters: letters, digits and . _ - (starting with a letter or digit); it becomes the alert id');
  }
  if (message.msgType !== 'Alert' && message.references.length === 0) {
    throw new AppError('invalid_cap', `a ${message.msgType} must have <references> naming the alert it changes`);
  }
}

/**
 * An Alert message as an update: headline → title, description → text (the headline when there is none),
 * identifier → id, sent → publishedAt, severity → severity hint, language → lang, senderName (or sender) → source,
 * web → url (http/https only). Checked by the JSON update schema (400 invalid_request).
 */
export function capToUpdate(message: CapMessage): UpdateInput {
  const info = message.info;
  const text = info?.description ?? info?.headline;
  if (!info || !text) throw new AppError('cap_not_relayed', 'an Alert needs an <info> with a <headline> or <description>');
  const severity = SEVERITY_OF[info.severity];
  const lang = info.language;
  const input = {
    id: message.identifier,
    text,
    ...(info.headline && { title: info.headline }),
    publishedAt: message.sent,
    ...(severity && severity !== 'unknown' && { severity }),
    ...(lang && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang) && { lang }),
    source: (info.senderName ?? message.sender).slice(0, 200),
    ...(info.web && /^https?:\/\//i.test(info.web) && { url: info.web }),
  };
  const parsed = UpdateInputSchema.safeParse(input);
  if (!parsed.success) throw invalidRequest('the CAP alert', parsed.error.issues);
  return parsed.data;
}

/**
 * An Update or Cancel as a change to the alert it references: a Cancel cancels; an Update takes the first info's
 * severity (unless Unknown) and headline. The note is the message's, or names the message.
 */
export function capToChange(message: CapMessage): AlertChange {
  const note = (message.note ?? `CAP ${message.msgType} ${message.identifier} from ${message.sender}`).slice(0, NOTE_MAX);
  if (message.msgType === 'Cancel') return { kind: 'cancel', note };
  const severity = message.info && SEVERITY_OF[message.info.severity];
  const title = message.info?.headline?.slice(0, 500);
  return { kind: 'update', note, ...(severity && severity !== 'unknown' && { severity }), ...(title && { title }) };
}
