// CAP 1.2 messages as publishers send them, and the hostile bodies ingest must refuse.

export interface CapMessageFields {
  identifier: string;
  sender?: string;
  sent?: string;
  msgType?: 'Alert' | 'Update' | 'Cancel';
  status?: string;
  scope?: string;
  note?: string;
  references?: string;
  severity?: string;
  headline?: string;
  description?: string;
  language?: string;
  namespace?: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A CAP 1.2 alert with one info and one area, as a civil-protection service would send it. */
export function capMessage(fields: CapMessageFields): string {
  const {
    identifier,
    sender = 'dsns@example.gov.ua',
    sent = '2024-11-02T21:38:00-00:00',
    msgType = 'Alert',
    status = 'Actual',
    scope = 'Public',
    severity = 'Extreme',
    headline = 'Air raid alert in Kyiv',
    description = 'Air raid alert in Kyiv: drones inbound, take shelter now',
    language = 'en-US',
    namespace = 'urn:oasis:names:tc:emergency:cap:1.2',
  } = fields;
  return `<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="${namespace}">
  <identifier>${escape(identifier)}</identifier>
  <sender>${escape(sender)}</sender>
  <sent>${sent}</sent>
  <status>${status}</status>
  <msgType>${msgType}</msgType>
  <scope>${scope}</scope>
  ${fields.note ? `<note>${escape(fields.note)}</note>` : ''}
  ${fields.references ? `<references>${escape(fields.references)}</references>` : ''}
  <info>
    <language>${language}</language>
    <category>Safety</category>
    <event>Air raid</event>
    <urgency>Immediate</urgency>
    <severity>${severity}</severity>
    <certainty>Observed</certainty>
    <headline>${escape(headline)}</headline>
    <description>${escape(description)}</description>
    <area><areaDesc>Kyiv</areaDesc></area>
  </info>
</alert>
`;
}

/** Bodies that must be refused with 400 and this error code, nothing stored. */
export const HOSTILE_CAP: { name: string; code: string; body: string }[] = [
  { name: 'malformed XML (unclosed element)', code: 'invalid_xml', body: '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>x</alert>' },
  { name: 'not XML at all', code: 'invalid_xml', body: '{"text":"json in disguise"}' },
  { name: 'an empty body', code: 'invalid_xml', body: '' },
  { name: 'an undeclared entity', code: 'invalid_xml', body: capMessage({ identifier: 'h-ent', headline: 'x' }).replace('<headline>x', '<headline>&xxe;') },
  {
    name: 'XXE (external entity)',
    code: 'xml_dtd_forbidden',
    body: `<?xml version="1.0"?>\n<!DOCTYPE alert [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n${capMessage({ identifier: 'h-xxe', description: 'x' }).replace(/^<\?xml[^>]*>\n/, '').replace('<description>x', '<description>&xxe;')}`,
  },
  {
    name: 'billion laughs',
    code: 'xml_dtd_forbidden',
    body: `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>\n${capMessage({ identifier: 'h-lol', description: 'x' }).replace(/^<\?xml[^>]*>\n/, '').replace('<description>x', '<description>&lol4;')}`,
  },
  { name: 'a DOCTYPE without entities', code: 'xml_dtd_forbidden', body: capMessage({ identifier: 'h-dtd' }).replace('<alert', '<!DOCTYPE alert SYSTEM "http://127.0.0.1:1/cap.dtd">\n<alert') },
  { name: 'the wrong namespace', code: 'invalid_cap', body: capMessage({ identifier: 'h-ns', namespace: 'urn:example:not-cap' }) },
  { name: 'no namespace', code: 'invalid_cap', body: capMessage({ identifier: 'h-nons' }).replace(' xmlns="urn:oasis:names:tc:emergency:cap:1.2"', '') },
  { name: 'CAP 1.1', code: 'cap_version_unsupported', body: capMessage({ identifier: 'h-11', namespace: 'urn:oasis:names:tc:emergency:cap:1.1' }) },
  { name: 'a missing sender', code: 'invalid_cap', body: capMessage({ identifier: 'h-nosender' }).replace(/<sender>[^<]*<\/sender>/, '') },
  { name: 'a missing info severity', code: 'invalid_cap', body: capMessage({ identifier: 'h-nosev' }).replace(/<severity>[^<]*<\/severity>/, '') },
  { name: 'elements out of order', code: 'invalid_cap', body: capMessage({ identifier: 'h-order' }).replace(/(<status>[^<]*<\/status>)\s*(<msgType>[^<]*<\/msgType>)/, '$2$1') },
  { name: 'a severity outside the enumeration', code: 'invalid_cap', body: capMessage({ identifier: 'h-enum', severity: 'High' }) },
  { name: 'sent with Z', code: 'invalid_cap', body: capMessage({ identifier: 'h-z', sent: '2024-11-02T21:38:00Z' }) },
  { name: 'an identifier with a space', code: 'invalid_cap', body: capMessage({ identifier: 'h space' }) },
  { name: 'an unknown element', code: 'invalid_cap', body: capMessage({ identifier: 'h-unknown' }).replace('<scope>', '<colour>red</colour><scope>') },
  { name: 'an element inside a text element', code: 'invalid_cap', body: capMessage({ identifier: 'h-mixed', headline: 'x' }).replace('<headline>x', '<headline>x<b>bold</b>') },
  { name: 'an Update without references', code: 'invalid_cap', body: capMessage({ identifier: 'h-noref', msgType: 'Update' }) },
  { name: 'status Exercise', code: 'cap_not_relayed', body: capMessage({ identifier: 'h-exercise', status: 'Exercise' }) },
  { name: 'scope Private', code: 'invalid_cap', body: capMessage({ identifier: 'h-private', scope: 'Private' }) },
  { name: 'an identifier that is no alert id', code: 'cap_not_relayed', body: capMessage({ identifier: 'urn:oid:2.49.0.1.804' }) },
];
