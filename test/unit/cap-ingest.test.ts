// CAP 1.2 in: the parser refuses what is not well-formed, not CAP 1.2 or declares entities; the mapping to updates
// and revisions; and the round trip CAP in → alert → CAP out.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/app-error.js';
import type { Alert } from '../../src/core/alert.js';
import { capAlertDocument } from '../../src/cap/alert-to-cap.js';
import { capToChange, capToUpdate, checkRelayable } from '../../src/cap/cap-to-update.js';
import { MAX_CAP_REFERENCES, parseCap } from '../../src/cap/parse-cap.js';
import { capMessage, HOSTILE_CAP } from '../helpers/cap-messages.js';
import { capProblems, capText } from '../helpers/cap-rules.js';

function refusal(body: string): string {
  try {
    checkRelayable(parseCap(body));
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(400);
    return (error as AppError).code;
  }
  return 'accepted';
}

describe('parseCap', () => {
  it('reads a CAP 1.2 alert, prefixed or not, with escapes and CDATA', () => {
    const message = parseCap(capMessage({ identifier: 'ua-1', headline: 'Kyiv & region <alert>' }));
    expect(message).toMatchObject({ identifier: 'ua-1', sender: 'dsns@example.gov.ua', sent: '2024-11-02T21:38:00-00:00', status: 'Actual', msgType: 'Alert', scope: 'Public', references: [] });
    expect(message.info).toMatchObject({ severity: 'Extreme', headline: 'Kyiv & region <alert>', language: 'en-US' });
    const prefixed = capMessage({ identifier: 'ua-2' })
      .replace('<alert xmlns=', '<cap:alert xmlns:cap=')
      .replace(/<(\/?)(?!\?)(?!cap:)([a-zA-Z]+)/g, '<$1cap:$2')
      .replace('<description>', '<description><![CDATA[a <b> & c]]>')
      .replace('<cap:description>', '<cap:description><![CDATA[a <b> & c]]>');
    expect(parseCap(prefixed).info?.description).toMatch(/^a <b> & c/);
  });

  it('reads a message using the optional elements in their order (codes, eventCode, times, parameter, resource, geocode)', () => {
    const full = capMessage({ identifier: 'ua-full', note: 'n' })
      .replace('<scope>Public</scope>', '<source>ops</source><scope>Public</scope><code>IPAWSv1.0</code>')
      .replace('<note>n</note>', '<note>n</note><incidents>inc-1</incidents>')
      .replace('<event>Air raid</event>', '<event>Air raid</event><responseType>Shelter</responseType>')
      .replace(
        '<headline>',
        '<audience>all</audience><eventCode><valueName>SAME</valueName><value>CEM</value></eventCode><effective>2024-11-02T21:38:00-00:00</effective><expires>2024-11-03T01:38:00-00:00</expires><senderName>DSNS</senderName><headline>',
      )
      .replace(
        '<area>',
        '<instruction>Go to a shelter</instruction><web>https://example.gov.ua/a</web><contact>112</contact><parameter><valueName>p</valueName><value>1</value></parameter><resource><resourceDesc>map</resourceDesc><mimeType>image/png</mimeType></resource><area>',
      )
      .replace('<areaDesc>Kyiv</areaDesc>', '<areaDesc>Kyiv</areaDesc><polygon>50.4,30.4 50.5,30.5 50.4,30.6 50.4,30.4</polygon><geocode><valueName>UA</valueName><value>80</value></geocode>');
    const message = parseCap(full);
    expect(message.info).toMatchObject({ senderName: 'DSNS', web: 'https://example.gov.ua/a' });
    expect(capToUpdate(message)).toMatchObject({ source: 'DSNS', url: 'https://example.gov.ua/a' });
  });

  it('ignores a trailing XML signature (another namespace) but not one in the middle', () => {
    const signed = capMessage({ identifier: 'ua-sig' }).replace('</alert>', '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo/></Signature></alert>');
    expect(parseCap(signed).identifier).toBe('ua-sig');
    expect(refusal(capMessage({ identifier: 'ua-sig2' }).replace('<scope>', '<x:y xmlns:x="urn:x"/><scope>'))).toBe('invalid_cap');
  });

  for (const { name, code, body } of HOSTILE_CAP) {
    it(`refuses ${name} with ${code}`, () => {
      expect(refusal(body)).toBe(code);
    });
  }

  it('parses references: sender,identifier,sent entries separated by spaces', () => {
    const message = parseCap(capMessage({ identifier: 'ua-3', msgType: 'Cancel', references: 'a@b,ua-1,2024-11-02T21:38:00-00:00 a@b,ua-2,2024-11-02T21:40:00+02:00' }));
    expect(message.references).toEqual([
      { sender: 'a@b', identifier: 'ua-1', sent: '2024-11-02T21:38:00-00:00' },
      { sender: 'a@b', identifier: 'ua-2', sent: '2024-11-02T21:40:00+02:00' },
    ]);
    expect(refusal(capMessage({ identifier: 'ua-4', msgType: 'Cancel', references: 'a@b,ua-1' }))).toBe('invalid_cap');
  });

  it('takes at most MAX_CAP_REFERENCES references (each costs a lookup), counting repeats once', () => {
    const refs = (n: number) => Array.from({ length: n }, (_, i) => `a@b,ua-${i},2024-11-02T21:38:00-00:00`).join(' ');
    expect(parseCap(capMessage({ identifier: 'ua-6', msgType: 'Cancel', references: refs(MAX_CAP_REFERENCES) })).references).toHaveLength(MAX_CAP_REFERENCES);
    expect(refusal(capMessage({ identifier: 'ua-7', msgType: 'Cancel', references: refs(MAX_CAP_REFERENCES + 1) }))).toBe('invalid_cap');
    const repeated = `${refs(1)} `.repeat(500).trim();
    expect(parseCap(capMessage({ identifier: 'ua-8', msgType: 'Cancel', references: repeated })).references).toHaveLength(1);
  });
});

describe('CAP → update and revision', () => {
  it('maps headline, description, identifier, sent, severity, language, sender', () => {
    const update = capToUpdate(parseCap(capMessage({ identifier: 'ua-5', severity: 'Severe', sent: '2024-11-02T23:38:00+02:00' })));
    expect(update).toEqual({
      id: 'ua-5',
      title: 'Air raid alert in Kyiv',
      text: 'Air raid alert in Kyiv: drones inbound, take shelter now',
      publishedAt: '2024-11-02T23:38:00+02:00',
      severity: 'severe',
      lang: 'en-US',
      source: 'dsns@example.gov.ua',
    });
    expect(capToUpdate(parseCap(capMessage({ identifier: 'ua-6', severity: 'Unknown' }))).severity).toBeUndefined();
  });

  it('an Update changes severity and title with the note; a Cancel cancels', () => {
    const update = parseCap(capMessage({ identifier: 'ua-7', msgType: 'Update', references: 'a@b,ua-1,2024-11-02T21:38:00-00:00', severity: 'Minor', headline: 'A drill', note: 'exercise' }));
    expect(capToChange(update)).toEqual({ kind: 'update', severity: 'minor', title: 'A drill', note: 'exercise' });
    const cancel = parseCap(capMessage({ identifier: 'ua-8', msgType: 'Cancel', references: 'a@b,ua-1,2024-11-02T21:38:00-00:00' }));
    expect(capToChange(cancel)).toEqual({ kind: 'cancel', note: 'CAP Cancel ua-8 from dsns@example.gov.ua' });
  });

  it('a Cancel without info (as in the README) is a cancellation with its note', () => {
    const readme = readFileSync('README.md', 'utf8');
    const body = /'(<alert xmlns="urn:oasis:names:tc:emergency:cap:1\.2"><identifier>kyiv-raid-1-c<\/identifier>.*?<\/alert>)'/.exec(readme)?.[1];
    expect(body).toBeDefined();
    const message = parseCap(body!);
    checkRelayable(message);
    expect(message.info).toBeUndefined();
    expect(message.references).toEqual([{ sender: 'dsns@example.gov.ua', identifier: 'kyiv-raid-1', sent: '2024-11-02T23:38:00+02:00' }]);
    expect(capToChange(message)).toEqual({ kind: 'cancel', note: 'All clear' });
    const alert = /<<'XML'\n([\s\S]*?)\nXML\n/.exec(readme)?.[1];
    expect(capToUpdate(parseCap(alert!))).toMatchObject({ id: 'kyiv-raid-1', severity: 'extreme', lang: 'uk', publishedAt: '2024-11-02T23:38:00+02:00' });
  });

  it('round trip: CAP in → alert → CAP out keeps identifier, sent, severity, headline (and is valid CAP 1.2)', () => {
    for (const [severity, sent] of [['Extreme', '2024-11-02T21:38:00-00:00'], ['Moderate', '2024-11-02T23:38:00+02:00'], ['Minor', '2025-01-01T00:00:00+00:00']] as const) {
      const input = capMessage({ identifier: `rt-${severity}`, severity, sent, headline: `Headline & <${severity}>` });
      const update = capToUpdate(parseCap(input));
      // As the worker stores it (the classifier may only raise the hint, never lower it).
      const alert: Alert = {
        ...update,
        id: update.id!,
        title: update.title!,
        publishedAt: update.publishedAt!,
        severity: update.severity!,
        seq: 1,
        topics: ['kyiv-air-raids'],
        receivedAt: new Date().toISOString(),
        classifiedAt: new Date().toISOString(),
        reasons: [],
        incidentId: update.id!,
        msgType: 'alert',
        revision: 0,
      };
      const output = capAlertDocument(alert, [], { sender: 'sirena@test', topicNames: new Map(), topicAreas: new Map() });
      expect(capProblems(output)).toEqual([]);
      for (const path of [['identifier'], ['sent'], ['info', 'severity'], ['info', 'headline'], ['info', 'language']]) {
        expect(capText(output, ...path)).toBe(capText(input, ...path));
      }
    }
  });
});
