// CAP 1.2 rules, encoded from the OASIS specification (sections 3.2-3.3 and its XML schema), to check documents
// Sirena writes: element order and cardinality, enumerations, dateTime and token formats, required elements.
import { SaxesParser } from 'saxes';

export const CAP_12 = 'urn:oasis:names:tc:emergency:cap:1.2';

export interface XmlNode {
  name: string;
  ns: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/** A strict, namespace-aware parse (saxes): throws on anything not well-formed. */
export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  parser.on('opentag', (tag) => {
    const node: XmlNode = { name: tag.local ?? tag.name, ns: tag.uri ?? '', attributes: {}, children: [], text: '' };
    for (const [name, attr] of Object.entries(tag.attributes)) node.attributes[name] = typeof attr === 'string' ? attr : attr.value;
    stack.at(-1)?.children.push(node);
    stack.push(node);
    root ??= node;
  });
  parser.on('text', (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

type Rule = [name: string, min: number, max: number, check?: (node: XmlNode) => string | undefined];

const DATE_TIME = /^\d\d\d\d-\d\d-\d\dT\d\d:\d\d:\d\d[-+]\d\d:\d\d$/;
const NO_SPACE_COMMA_LT_AMP = /^[^\s,<&]+$/;
const oneOf = (...values: string[]) => (node: XmlNode) => (values.includes(node.text) ? undefined : `${node.name} ${JSON.stringify(node.text)} is not one of ${values.join('|')}`);
const dateTime = (node: XmlNode) => (DATE_TIME.test(node.text) ? undefined : `${node.name} ${JSON.stringify(node.text)} is not a CAP dateTime`);
const token = (node: XmlNode) => (NO_SPACE_COMMA_LT_AMP.test(node.text) ? undefined : `${node.name} contains a space, comma, < or &`);
const nonEmpty = (node: XmlNode) => (node.text.trim() ? undefined : `${node.name} is empty`);
const reference = (node: XmlNode) =>
  node.text.split(' ').every((entry) => {
    const parts = entry.split(',');
    return parts.length === 3 && parts.slice(0, 2).every((part) => NO_SPACE_COMMA_LT_AMP.test(part)) && DATE_TIME.test(parts[2] ?? '');
  })
    ? undefined
    : `references ${JSON.stringify(node.text)} is not space-separated sender,identifier,sent`;
const anyUri = (node: XmlNode) => (/^\S+$/.test(node.text) ? undefined : 'web is not a URI');

const N = Number.POSITIVE_INFINITY;
const ALERT: Rule[] = [
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
  ['references', 0, 1, reference],
  ['incidents', 0, 1],
  ['info', 0, N],
];
const INFO: Rule[] = [
  ['language', 0, 1, (node) => (/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(node.text) ? undefined : 'language is not a language tag')],
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
  ['web', 0, 1, anyUri],
  ['contact', 0, 1],
  ['parameter', 0, N],
  ['resource', 0, N],
  ['area', 0, N],
];
const AREA: Rule[] = [
  ['areaDesc', 1, 1, nonEmpty],
  ['polygon', 0, N],
  ['circle', 0, N],
  ['geocode', 0, N],
  ['altitude', 0, 1],
  ['ceiling', 0, 1],
];

/** Checks children against a sequence of rules (order, cardinality, content); returns the problems found. */
function checkSequence(parent: XmlNode, rules: Rule[], problems: string[]): void {
  let at = 0;
  for (const [name, min, max, check] of rules) {
    let count = 0;
    while (parent.children[at]?.name === name) {
      const child = parent.children[at]!;
      if (child.ns !== CAP_12) problems.push(`${name} is not in the CAP 1.2 namespace`);
      const problem = check?.(child);
      if (problem) problems.push(problem);
      count += 1;
      at += 1;
    }
    if (count < min) problems.push(`${parent.name} lacks ${name}`);
    if (count > max) problems.push(`${parent.name} has ${count} ${name}`);
  }
  if (at < parent.children.length) problems.push(`${parent.name}: ${parent.children[at]!.name} is out of order or unknown`);
}

/** Every CAP 1.2 rule broken by the document (empty: none). */
export function capProblems(xml: string): string[] {
  const root = parseXml(xml);
  const problems: string[] = [];
  if (root.name !== 'alert' || root.ns !== CAP_12) return [`the root is {${root.ns}}${root.name}, not a CAP 1.2 alert`];
  checkSequence(root, ALERT, problems);
  const child = (node: XmlNode, name: string) => node.children.find((c) => c.name === name)?.text;
  const scope = child(root, 'scope');
  if (scope === 'Restricted' && child(root, 'restriction') === undefined) problems.push('Restricted scope needs restriction');
  if (scope === 'Private' && child(root, 'addresses') === undefined) problems.push('Private scope needs addresses');
  const msgType = child(root, 'msgType');
  if ((msgType === 'Update' || msgType === 'Cancel') && child(root, 'references') === undefined) problems.push(`${msgType} without references`);
  for (const info of root.children.filter((c) => c.name === 'info')) {
    checkSequence(info, INFO, problems);
    for (const area of info.children.filter((c) => c.name === 'area')) checkSequence(area, AREA, problems);
  }
  return problems;
}

/** The text of the first element at a path of local names below the root, e.g. capText(doc, 'info', 'severity'). */
export function capText(xml: string | XmlNode, ...path: string[]): string | undefined {
  let node: XmlNode | undefined = typeof xml === 'string' ? parseXml(xml) : xml;
  for (const name of path) node = node?.children.find((child) => child.name === name);
  return node?.text;
}
