// The wire schemas every side shares: updates, severities, rooms and titles.
import { describe, expect, it } from 'vitest';
import { meetsMinSeverity, maxSeverity, severitiesUpTo } from '../../src/core/severity.js';
import { parseUpdatesBody } from '../../src/core/update.js';
import { roomFor, roomsForAlert } from '../../src/gateway/rooms.js';
import { titleFromText } from '../../src/queue/update-processor.js';

describe('parseUpdatesBody', () => {
  it('takes one update or a batch', () => {
    expect(parseUpdatesBody({ text: 'one' })).toEqual({ success: true, updates: [{ text: 'one' }] });
    const batch = parseUpdatesBody({ updates: [{ text: 'a' }, { text: 'b', severity: 'severe', topics: ['troops'] }] });
    expect(batch.success && batch.updates).toHaveLength(2);
  });

  it.each([
    ['no text', {}, 'text'],
    ['empty text', { text: '   ' }, 'text'],
    ['too long text', { text: 'x'.repeat(20_001) }, 'text'],
    ['unknown field', { text: 'a', colour: 'red' }, ''],
    ['bad id', { text: 'a', id: 'has space' }, 'id'],
    ['bad severity', { text: 'a', severity: 'catastrophic' }, 'severity'],
    ['bad topic id', { text: 'a', topics: ['Kyiv!'] }, 'topics.0'],
    ['bad date', { text: 'a', publishedAt: 'yesterday' }, 'publishedAt'],
    ['bad url', { text: 'a', url: 'javascript:alert(1)' }, 'url'],
    ['empty batch', { updates: [] }, 'updates'],
    ['batch too big', { updates: Array.from({ length: 1001 }, () => ({ text: 'a' })) }, 'updates'],
    ['bad item in a batch', { updates: [{ text: 'a' }, { text: 5 }] }, 'updates.1.text'],
    ['an array', [{ text: 'a' }], ''],
    ['a string', 'text', ''],
    ['null', null, ''],
  ])('rejects %s with an issue at its path', (_name, body, path) => {
    const parsed = parseUpdatesBody(body);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});

describe('severity order', () => {
  it('orders the CAP words', () => {
    expect(meetsMinSeverity('severe', 'moderate')).toBe(true);
    expect(meetsMinSeverity('minor', 'moderate')).toBe(false);
    expect(maxSeverity('minor', 'extreme')).toBe('extreme');
    expect(severitiesUpTo('moderate')).toEqual(['unknown', 'minor', 'moderate']);
  });

  it('an alert reaches each topic at every level up to its severity', () => {
    expect(roomsForAlert({ topics: ['troops', 'diplomacy'], severity: 'minor' })).toEqual([
      roomFor('troops', 'unknown'),
      roomFor('troops', 'minor'),
      roomFor('diplomacy', 'unknown'),
      roomFor('diplomacy', 'minor'),
    ]);
  });
});

describe('titleFromText', () => {
  it('takes the first sentence or line, cut at a word', () => {
    expect(titleFromText('Drones over Kyiv. Fires in three districts.')).toBe('Drones over Kyiv.');
    expect(titleFromText('First line\nsecond line')).toBe('First line');
    const long = titleFromText(`${'word '.repeat(60)}end`);
    expect(long.length).toBeLessThanOrEqual(141);
    expect(long.endsWith('…')).toBe(true);
  });
});
