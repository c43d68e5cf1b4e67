// Alert → CAP 1.2: every document Sirena writes keeps the specification's rules (test/helpers/cap-rules.ts).
import { describe, expect, it } from 'vitest';
import type { Alert } from '../../src/core/alert.js';
import { SEVERITIES } from '../../src/core/severity.js';
import { nextVersion } from '../../src/lifecycle/alert-revision.js';
import { capAlertDocument, capDateTime, type CapExportOptions } from '../../src/cap/alert-to-cap.js';
import { unsequencedAlert } from '../helpers/alert-fixture.js';
import { capProblems, capText, parseXml } from '../helpers/cap-rules.js';

const options: CapExportOptions = {
  sender: 'sirena@example.org',
  topicNames: new Map([
    ['kyiv-air-raids', 'Kyiv air raids'],
    ['troops', 'Troops'],
  ]),
  topicAreas: new Map([['kyiv-air-raids', ['Kyiv', 'Kyiv Oblast']]]),
};

function alert(overrides: Partial<Alert> = {}): Alert {
  return { ...unsequencedAlert(), seq: 7, msgType: 'alert', revision: 0, ...overrides };
}

describe('capDateTime', () => {
  it('writes UTC to the second with an explicit -00:00, keeps a time already in CAP form', () => {
    expect(capDateTime('2024-11-02T21:38:00.123Z')).toBe('2024-11-02T21:38:00-00:00');
    expect(capDateTime('2024-11-02T23:38:00.900+02:00')).toBe('2024-11-02T21:38:00-00:00');
    expect(capDateTime('2024-11-02T23:38:00+02:00')).toBe('2024-11-02T23:38:00+02:00');
  });
});

describe('capAlertDocument', () => {
  it('a first version: every CAP 1.2 rule kept, fields mapped, element order fixed', () => {
    const first = alert({
      id: 'kyiv-raid-1',
      topics: ['kyiv-air-raids'],
      severity: 'extreme',
      title: 'Air raid alert in Kyiv',
      text: 'Take shelter <now> & stay there',
      lang: 'en',
      source: 'KCMA',
      url: 'https://example.org/a?x=1&y=2',
      publishedAt: '2024-11-02T21:38:00.000Z',
      incidentId: 'kyiv-raid-1',
    });
    const xml = capAlertDocument(first, [], options);
    expect(capProblems(xml)).toEqual([]);
    const root = parseXml(xml);
    expect(root.children.map((c) => c.name)).toEqual(['identifier', 'sender', 'sent', 'status', 'msgType', 'source', 'scope', 'incidents', 'info']);
    expect(root.children.at(-1)!.children.map((c) => c.name)).toEqual([
      'language', 'category', 'event', 'urgency', 'severity', 'certainty', 'headline', 'description', 'web', 'area',
    ]);
    expect(capText(root, 'identifier')).toBe('kyiv-raid-1');
    expect(capText(root, 'sender')).toBe('sirena@example.org');
    expect(capText(root, 'sent')).toBe('2024-11-02T21:38:00-00:00');
    expect(capText(root, 'status')).toBe('Actual');
    expect(capText(root, 'msgType')).toBe('Alert');
    expect(capText(root, 'scope')).toBe('Public');
    expect(capText(root, 'info', 'category')).toBe('Safety');
    expect(capText(root, 'info', 'event')).toBe('Kyiv air raids');
    expect(capText(root, 'info', 'urgency')).toBe('Immediate');
    expect(capText(root, 'info', 'severity')).toBe('Extreme');
    expect(capText(root, 'info', 'headline')).toBe('Air raid alert in Kyiv');
    // Escaped on the way out, read back as written.
    expect(capText(root, 'info', 'description')).toBe('Take shelter <now> & stay there');
    expect(capText(root, 'info', 'web')).toBe('https://example.org/a?x=1&y=2');
    expect(capText(root, 'info', 'area', 'areaDesc')).toBe('Kyiv, Kyiv Oblast');
    expect(xml).not.toMatch(/<references>/);
  });

  it('maps every severity to its CAP word; a topic with no area gets the default areaDesc; no lang is "und"', () => {
    for (const severity of SEVERITIES) {
      const xml = capAlertDocument(alert({ severity, topics: ['troops'] }), [], options);
      expect(capProblems(xml)).toEqual([]);
      expect(capText(xml, 'info', 'severity')).toBe(severity[0]!.toUpperCase() + severity.slice(1));
      expect(capText(xml, 'info', 'area', 'areaDesc')).toBe('Ukraine');
      expect(capText(xml, 'info', 'language')).toBe('und');
      expect(capText(xml, 'info', 'category')).toBe('Security');
    }
  });

  it('text XML cannot carry (control characters, lone surrogates) is replaced, so the document stays well-formed', () => {
    const xml = capAlertDocument(alert({ title: 'a\u0001b', text: 'x\uD800y ]]> \u000B' }), [], options);
    expect(capProblems(xml)).toEqual([]);
    expect(capText(xml, 'info', 'headline')).toBe('a\uFFFDb');
    expect(capText(xml, 'info', 'description')).toBe('x\uFFFDy ]]> \uFFFD');
  });

  it('an Update and a Cancel: their own identifiers, references to every earlier version, the note', () => {
    const first = alert({ id: 'r-1', seq: 1, publishedAt: '2024-11-02T21:38:00Z', severity: 'extreme' });
    const second = { ...nextVersion(first, { kind: 'update', severity: 'minor', note: 'a drill' }, new Date('2024-11-02T21:45:10.500Z')), seq: 2 };
    const third = { ...nextVersion(second, { kind: 'cancel', note: 'all clear' }, new Date('2024-11-02T22:00:00Z')), seq: 3 };
    const update = capAlertDocument(second, [first], options);
    const cancel = capAlertDocument(third, [first, second], options);
    for (const xml of [update, cancel]) expect(capProblems(xml)).toEqual([]);
    expect(capText(update, 'identifier')).toBe('r-1~r1');
    expect(capText(update, 'msgType')).toBe('Update');
    expect(capText(update, 'sent')).toBe('2024-11-02T21:45:10-00:00');
    expect(capText(update, 'note')).toBe('a drill');
    expect(capText(update, 'references')).toBe('sirena@example.org,r-1,2024-11-02T21:38:00-00:00');
    expect(capText(update, 'info', 'severity')).toBe('Minor');
    expect(capText(cancel, 'identifier')).toBe('r-1~r2');
    expect(capText(cancel, 'msgType')).toBe('Cancel');
    expect(capText(cancel, 'references')).toBe(
      'sirena@example.org,r-1,2024-11-02T21:38:00-00:00 sirena@example.org,r-1~r1,2024-11-02T21:45:10-00:00',
    );
  });

  it('the rules catch what breaks validators (the checker itself)', () => {
    const good = capAlertDocument(alert(), [], options);
    expect(capProblems(good.replace(/-00:00<\/sent>/, 'Z</sent>')).join()).toMatch(/not a CAP dateTime/);
    expect(capProblems(good.replace('<scope>Public</scope>', '').replace('<status>', '<scope>Public</scope><status>')).join()).toMatch(/out of order/);
    expect(capProblems(good.replace('<severity>Moderate', '<severity>High'))).not.toEqual([]);
    expect(capProblems(good.replace('urn:oasis:names:tc:emergency:cap:1.2', 'urn:oasis:names:tc:emergency:cap:1.1'))).not.toEqual([]);
  });
});
