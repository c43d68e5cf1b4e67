// CAP 1.2 in: a strict, namespace-aware XML parse (saxes; DTDs refused, so no entity is ever declared or expanded)
// and the CAP 1.2 schema's rules for the elements Sirena reads.
import { SaxesParser } from 'saxes';
import { AppError } from '../core/app-error.js';
import { CAP_NAMESPACE, CAP_TOKEN_PATTERN } from './alert-to-cap.js';

/** Earlier CAP versions' namespaces: refused with cap_version_unsupported (send CAP 1.2). */
const OLDER_CAP_NAMESPACES = ['urn:oasis:names:tc:emergency:cap:1.1', 'http://www.incident.com/cap/1.0'];
const CAP_DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/;
/** Deeper than any CAP message nests (alert/info/area/geocode/value is 5). */
const MAX_DEPTH = 32;

export type CapStatus = 'Actual' | 'Exercise' | 'System' | 'Test' | 'Draft';
export type CapMsgType = 'Alert' | 'Update' | 'Cancel' | 'Ack' | 'Error';
export type CapScope = 'Public' | 'Restricted' | 'Private';
export type CapSeverityWord = 'Extreme' | 'Severe' | 'Moderate' | 'Minor' | 'Unknown';

export interface CapReference {
  sender: string;
  identifier: string;
  sent: string;
}

/** The fields of a CAP 1.2 message Sirena uses (its first `info`). */
export interface CapMessage {
  identifier: string;
  sender: string;
  sent: string;
  status: CapStatus;
  msgType: CapMsgType;
  scope: CapScope;
  note?: string;
  references: CapReference[];
  info?: {
    language?: string;
    event: string;
    severity: CapSeverityWord;
    senderName?: string;
    headline?: string;
    description?: string;
    web?: string;
  };
}

interface XmlElement {
  name: string;
  ns: string;
  children: XmlElement[];
  text: string;
}

/**
 * Parses a CAP 1.2 document. Throws 400 AppErrors: xml_dtd_forbidden (a DOCTYPE or entity declaration: no DTD is
 * read, so no external entity is fetched and no entity expands), invalid_xml (not well-formed, or an entity never
 * declared), cap_version_unsupported (CAP 1.0/1.1), invalid_cap (anything else CAP 1.2 does not allow).
 * @example const message = parseCap(body); // { identifier, sender, sent, msgType, references, info, … }
 */
export function parseCap(xml: string): CapMessage {
  // Before the parser sees it: a DTD is where entities (external ones: XXE; nested ones: billion laughs) are declared.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw new AppError('xml_dtd_forbidden', 'DTDs and entity declarations are refused (<!DOCTYPE …>); send the CAP document alone');
  }
  const root = parseXml(xml);
  if (root.name !== 'alert' || root.ns !== CAP_NAMESPACE) {
    if (root.name === 'alert' && OLDER_CAP_NAMESPACES.includes(root.ns)) {
      throw new AppError('cap_version_unsupported', `this is CAP in ${root.ns}; Sirena takes CAP 1.2 only (${CAP_NAMESPACE})`);
    }
    throw new AppError('invalid_cap', `the root element is {${root.ns}}${root.name}, not a CAP 1.2 <alert xmlns="${CAP_NAMESPACE}">`);
  }
  const alert = sequence(root, ALERT_SEQUENCE, true);
  const one = (fields: Fields, name: string) => fields.get(name)?.[0]?.text.trim();
  // CAP 1.2 3.2.1: a Restricted message has a restriction, a Private one its addresses.
  if (one(alert, 'scope') === 'Restricted' && !alert.has('restriction')) throw new AppError('invalid_cap', 'scope Restricted needs <restriction>');
  if (one(alert, 'scope') === 'Private' && !alert.has('addresses')) throw new AppError('invalid_cap', 'scope Private needs <addresses>');
  const infos = alert.get('info') ?? [];
  const info = infos[0] && sequence(infos[0], INFO_SEQUENCE, false);
  for (const area of infos.flatMap((element) => element.children.filter((child) => child.name === 'area'))) sequence(area, AREA_SEQUENCE, false);
  const note = one(alert, 'note');
  const language = info && one(info, 'language');
  const senderName = info && one(info, 'senderName');
  const headline = info && one(info, 'headline');
  const description = info && one(info, 'description');
  const web = info && one(info, 'web');
  return {
    identifier: one(alert, 'identifier')!,
    sender: one(alert, 'sender')!,
    sent: one(alert, 'sent')!,
    status: one(alert, 'status') as CapStatus,
    msgType: one(alert, 'msgType') as CapMsgType,
    scope: one(alert, 'scope') as CapScope,
    ...(note && { note }),
    references: parseReferences(one(alert, 'references')),
    ...(info && {
      info: {
        event: one(info, 'event')!,
        severity: one(info, 'severity') as CapSeverityWord,
        ...(language && { language }),
        ...(senderName && { senderName }),
        ...(headline && { headline }),
        ...(description && { description }),
        ...(web && { web }),
      },
    }),
  };
}

/** A strict parse into elements; only well-formed XML 1.0 without a DTD gets through. */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: AppError | undefined;
  parser.on('doctype', () => {
    failure ??= new AppError('xml_dtd_forbidden', 'DTDs are refused (<!DOCTYPE …>)');
  });
  parser.on('error', (error) => {
    failure ??= new AppError('invalid_xml', `the body is not well-formed XML: ${error.message}`);
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.local ?? tag.name, ns: tag.uri ?? '', children: [], text: '' };
    if (stack.length >= MAX_DEPTH) failure ??= new AppError('invalid_cap', `elements nest deeper than ${MAX_DEPTH}`);
    else stack.at(-1)?.children.push(element);
    stack.push(element);
    root ??= element;
  });
  parser.on('text', (text) => {
    const top = stack.at(-1);
    if (top && top.children.length === 0) top.text += text;
  });
  parser.on('cdata', (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  });
  parser.on('closetag', () => void stack.pop());
  try {
    parser.write(xml).close();
  } catch (error) {
    failure ??= new AppError('invalid_xml', `the body is not well-formed XML: ${(error as Error).message}`);
  }
  if (failure) throw failure;
  if (!root) throw new AppError('invalid_xml', 'the body has no root element');
  return root;
}

type Fields = Map<string, XmlElement[]>;
/** name, min, max occurrences, and a check of the element's text (a problem, or undefined). */
type Rule = [name: string, min: number, max: number, check?: (text: string) => string | undefined];

const N = Number.POSITIVE_INFINITY;
/** The CAP 1.2 elements made of elements; every other one holds text alone. */
const CONTAINERS = new Set(['info', 'area', 'eventCode', 'parameter', 'resource', 'geocode']);
const oneOf =
  (...values: string[]) =>
  (text: string) =>
    values.includes(text) ? undefined : `must be one of ${values.join(', ')}`;
const dateTime = (text: string) => (CAP_DATE_TIME.test(text) ? undefined : 'must be a CAP dateTime such as 2024-11-02T21:38:00-00:00 (explicit offset, no Z, no fraction)');
const token = (text: string) => (CAP_TOKEN_PATTERN.test(text) ? undefined : 'must not be empty or contain spaces, commas, "<" or "&"');
const nonEmpty = (text: string) => (text.length > 0 ? undefined : 'must not be empty');

// CAP 1.2 section 3.2 and its XML schema: the order, cardinality and value rules of each element.
const ALERT_SEQUENCE: Rule[] = [
  ['identifier', 1, 1, token],
  ['sender', 1, 1, token],
  ['sent', 1, 1, dateTime],
  ['status', 1, 1, oneOf('Actual', 'Exercise', 'System', 'Test', 'Draft')],
  ['msgType', 1, 1, oneOf('Alert', 'Update', 'Cancel', 'Ack', 'Error')],
  ['source', 0, 1],
  ['scope', 1, 1, oneOf('Public', 'Restricted', 'Private')],
  ['restriction', 0, 1],
  ['addresses', 0, 1],
  ['code', 0, N],
  ['note', 0, 1],
  ['references', 0, 1, nonEmpty],
  ['incidents', 0, 1],
  ['info', 0, N],
];
const INFO_SEQUENCE: Rule[] = [
  ['language', 0, 1],
  ['category', 1, N, oneOf('Geo', 'Met', 'Safety', 'Security', 'Rescue', 'Fire', 'Health', 'Env', 'Transport', 'Infra', 'CBRNE', 'Other')],
  ['event', 1, 1, nonEmpty],
  ['responseType', 0, N, oneOf('Shelter', 'Evacuate', 'Prepare', 'Execute', 'Avoid', 'Monitor', 'Assess', 'AllClear', 'None')],
  ['urgency', 1, 1, oneOf('Immediate', 'Expected', 'Future', 'Past', 'Unknown')],
  ['severity', 1, 1, oneOf('Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown')],
  ['certainty', 1, 1, oneOf('Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown')],
  ['audience', 0, 1],
  ['eventCode', 0, N],
  ['effective', 0, 1, dateTime],
  ['onset', 0, 1, dateTime],
  ['expires', 0, 1, dateTime],
  ['senderName', 0, 1],
  ['headline', 0, 1],
  ['description', 0, 1],
  ['instruction', 0, 1],
  ['web', 0, 1],
  ['contact', 0, 1],
  ['parameter', 0, N],
  ['resource', 0, N],
  ['area', 0, N],
];
const AREA_SEQUENCE: Rule[] = [
  ['areaDesc', 1, 1, nonEmpty],
  ['polygon', 0, N],
  ['circle', 0, N],
  ['geocode', 0, N],
  ['altitude', 0, 1],
  ['ceiling', 0, 1],
];

/**
 * Checks an element's children against a sequence (order, counts, values) and returns them by name. `signed`: the
 * alert may end with elements of other namespaces (XML Signature / Encryption), which are skipped.
 */
function sequence(parent: XmlElement, rules: Rule[], signed: boolean): Fields {
  const fields: Fields = new Map();
  const children = signed ? parent.children.filter((child) => child.ns === CAP_NAMESPACE) : parent.children;
  if (signed && parent.children.slice(children.length).some((child) => child.ns === CAP_NAMESPACE)) {
    throw new AppError('invalid_cap', `<${parent.name}>: elements of other namespaces may only come last`);
  }
  let at = 0;
  for (const [name, min, max, check] of rules) {
    const found: XmlElement[] = [];
    while (children[at]?.name === name && children[at]?.ns === CAP_NAMESPACE) found.push(children[at++]!);
    if (found.length < min) throw new AppError('invalid_cap', `<${parent.name}> lacks the required <${name}> (or it is out of order)`);
    if (found.length > max) throw new AppError('invalid_cap', `<${parent.name}> has ${found.length} <${name}> elements; CAP 1.2 allows ${max}`);
    for (const element of found) {
      if (element.children.length > 0 && !CONTAINERS.has(name)) throw new AppError('invalid_cap', `<${name}> holds text only, not elements`);
      const problem = check?.(element.text.trim());
      if (problem) throw new AppError('invalid_cap', `<${name}> ${JSON.stringify(element.text.trim().slice(0, 80))} ${problem}`);
    }
    if (found.length > 0) fields.set(name, found);
  }
  const extra = children[at];
  if (extra) throw new AppError('invalid_cap', `<${parent.name}>: <${extra.name}>${extra.ns === CAP_NAMESPACE ? '' : ` (namespace ${JSON.stringify(extra.ns)})`} is not a CAP 1.2 element here or is out of order`);
  return fields;
}

/**
 * Most `<references>` entries a message may carry: each is looked up in Redis when it is applied, so their number
 * bounds the work one request can ask for (a whole alert's history of versions fits well within it).
 */
export const MAX_CAP_REFERENCES = 64;

/** `sender,identifier,sent` entries separated by whitespace; repeats count once. */
function parseReferences(text: string | undefined): CapReference[] {
  if (!text) return [];
  const entries = [...new Set(text.trim().split(/\s+/))];
  if (entries.length > MAX_CAP_REFERENCES) {
    throw new AppError('invalid_cap', `<references> names ${entries.length} messages; at most ${MAX_CAP_REFERENCES} are taken`);
  }
  return entries.map((entry) => {
    const [sender, identifier, sent, ...rest] = entry.split(',');
    if (!sender || !identifier || !sent || rest.length > 0 || !CAP_DATE_TIME.test(sent)) {
      throw new AppError('invalid_cap', `<references> entry ${JSON.stringify(entry.slice(0, 200))} is not sender,identifier,sent`);
    }
    return { sender, identifier, sent };
  });
}
