// Area state: which areas an alert version declares an alert or an all-clear in, and the state folded from them.
import { describe, expect, it } from 'vitest';
import type { Alert } from '../../src/core/alert.js';
import { createAreaSignals } from '../../src/lifecycle/area-signal.js';
import { alertExpiry, areaEventChanges, foldAreaState, type AreaEvent } from '../../src/lifecycle/area-state.js';
import { DEFAULT_AREAS } from '../../src/lifecycle/areas.js';

const signals = createAreaSignals(DEFAULT_AREAS);
const kyiv = DEFAULT_AREAS[0]!;
const say = (text: string, severity: Alert['severity'] = 'extreme', topics = ['kyiv-air-raids'], msgType: Alert['msgType'] = 'alert') =>
  Object.fromEntries(signals({ topics, severity, title: '', text, msgType }));

describe('createAreaSignals', () => {
  it('reads an air-raid alert or an all-clear, in English and Ukrainian, for the areas named', () => {
    expect(say('Air-raid alert in Kyiv: drones inbound, take shelter now')).toEqual({ 'kyiv-city': 'alert' });
    expect(say('Explosions in Podil, Kyiv')).toEqual({ 'kyiv-city': 'alert' });
    expect(say('Air raid alert in Kyiv region, Brovary: take cover')).toEqual({ 'kyiv-oblast': 'alert' });
    expect(say('Air raid alert in Kyiv and the Kyiv region, take shelter')).toEqual({ 'kyiv-city': 'alert', 'kyiv-oblast': 'alert' });
    expect(say('All clear in Kyiv. The air-raid alert is over.', 'minor')).toEqual({ 'kyiv-city': 'clear' });
    expect(say('Відбій повітряної тривоги у Києві', 'minor')).toEqual({ 'kyiv-city': 'clear' });
    // Naming no area: the topic's own (Kyiv city).
    expect(say('Drones inbound, take shelter')).toEqual({ 'kyiv-city': 'alert' });
  });

  it('reads an alert lifted by whoever lifted it as an all-clear, and one not lifted as none', () => {
    expect(say('У Києві зняли повітряну тривогу.', 'minor')).toEqual({ 'kyiv-city': 'clear' });
    expect(say('Authorities in Kyiv lifted the air raid alert.', 'minor')).toEqual({ 'kyiv-city': 'clear' });
    expect(say('Authorities in Kharkiv lifted the air raid alert.', 'minor')).toEqual({});
    expect(say('У Києві ще не зняли повітряну тривогу.')).toEqual({ 'kyiv-city': 'alert' });
    expect(say('The mayor has not lifted the air-raid alert in Kyiv.')).toEqual({ 'kyiv-city': 'alert' });
  });

  it('reads a nationwide alert or all-clear as every area\'s', () => {
    expect(say('По всій Україні зняли тривогу.', 'minor')).toEqual({ 'kyiv-city': 'clear', 'kyiv-oblast': 'clear' });
    expect(say('Nationwide all-clear at 06:10.', 'minor')).toEqual({ 'kyiv-city': 'clear', 'kyiv-oblast': 'clear' });
    expect(say('Повітряна тривога по всій Україні через зліт МіГ-31К.')).toEqual({ 'kyiv-city': 'alert', 'kyiv-oblast': 'alert' });
  });

  it('"the city and the region" is both areas, though the region is not named', () => {
    expect(say('Повітряна тривога в Києві та області. Прямуйте до укриттів!')).toEqual({ 'kyiv-city': 'alert', 'kyiv-oblast': 'alert' });
    expect(say('Відбій тривоги у Києві й області', 'minor')).toEqual({ 'kyiv-city': 'clear', 'kyiv-oblast': 'clear' });
    expect(say('Air raid alert in Kyiv and the region: drones inbound, take shelter')).toEqual({ 'kyiv-city': 'alert', 'kyiv-oblast': 'alert' });
    // Another city's region says nothing of Kyiv oblast.
    expect(say('Air raid alert in Kyiv. Explosions in Kharkiv and the region', 'extreme')).toEqual({ 'kyiv-city': 'alert' });
  });

  it('reads each sentence for the areas it names: an all-clear for one area beside an alert going on in another', () => {
    expect(say('Для Київщини — відбій тривоги. У Києві тривога триває, не залишайте укриття!')).toEqual({ 'kyiv-oblast': 'clear', 'kyiv-city': 'alert' });
    expect(say('Відбій тривоги в Києві. На Київщині тривога триває — залишайтеся в укриттях.')).toEqual({ 'kyiv-city': 'clear', 'kyiv-oblast': 'alert' });
    // Past a contrast, as past a full stop; "а також" is no contrast.
    expect(say('Відбій у Києві, а на Київщині тривога триває.')).toEqual({ 'kyiv-city': 'clear', 'kyiv-oblast': 'alert' });
    expect(say('Тривога в Києві, а у Львові відбій.')).toEqual({ 'kyiv-city': 'alert' });
    expect(say('Відбій тривоги у Києві, а також на Київщині.', 'minor')).toEqual({ 'kyiv-city': 'clear', 'kyiv-oblast': 'clear' });
    // An exception turns the sentence too: the oblast's raion still in alert keeps the oblast in alert.
    expect(say('Відбій у Києві та області, крім Бучанського району — там тривога триває.')).toEqual({ 'kyiv-city': 'clear', 'kyiv-oblast': 'alert' });
    // Another region's all-clear clears nothing of Kyiv's; a threat beside a place outside every area is still the report's.
    expect(say('Вибухи в Києві! Відбій для Житомирщини.')).toEqual({ 'kyiv-city': 'alert' });
    expect(say('Ballistic missiles launched from Bryansk, take shelter now!')).toEqual({ 'kyiv-city': 'alert' });
    // A later sentence naming no place speaks of the areas named before it, and has the last word.
    expect(say('У Києві тривога триває вже третю годину. UPD: відбій.', 'minor')).toEqual({ 'kyiv-city': 'clear' });
  });

  it('takes an extreme alert in words no cue knows as an alert in the areas it names (the classifier found the threat)', () => {
    expect(say('Kyiv — down to the corridor, now. Three more launches.')).toEqual({ 'kyiv-city': 'alert' });
    expect(say('Київ! Відійдіть від вікон! Негайно!')).toEqual({ 'kyiv-city': 'alert' });
    expect(say('Бровари — двоє «мопедів» кружляють')).toEqual({ 'kyiv-oblast': 'alert' });
    // Not below extreme, and not off the topic.
    expect(say('Kyiv — down to the corridor, now. Three more launches.', 'severe')).toEqual({});
    expect(say('Kyiv — down to the corridor, now. Three more launches.', 'extreme', ['general'])).toEqual({});
  });

  it('reads words that name no area as their channel\'s (the source read as a signature), else the topic\'s own', () => {
    const from = (text: string, source: string, severity: Alert['severity'] = 'minor') =>
      Object.fromEntries(signals({ topics: ['kyiv-air-raids'], severity, title: '', text, msgType: 'alert', source }));
    expect(from('Відбій повітряної тривоги.', 'Київська ОВА (Telegram)')).toEqual({ 'kyiv-oblast': 'clear' });
    expect(from('Відбій повітряної тривоги.', 'КМВА')).toEqual({ 'kyiv-city': 'clear' });
    expect(from('Ракети над областю! Усім в укриття.', 'Kyiv Oblast Military Administration', 'extreme')).toEqual({ 'kyiv-oblast': 'alert' });
    // The words' own place comes first: the oblast's channel telling of the city.
    expect(from('Відбій тривоги у Києві.', 'Київська ОВА')).toEqual({ 'kyiv-city': 'clear' });
  });

  it('takes no all-clear from one denied, mistaken or awaited (the alert goes on)', () => {
    expect(say('Відбій у Києві не оголошували.')).toEqual({ 'kyiv-city': 'alert' });
    expect(say('Увага: відбій був помилковим, у столиці знову тривога.')).toEqual({ 'kyiv-city': 'alert' });
    expect(say('No all-clear for Kyiv yet, drones still circling.')).toEqual({ 'kyiv-city': 'alert' });
    expect(say('Відбій тривоги в Києві.', 'minor')).toEqual({ 'kyiv-city': 'clear' });
  });

  it('says nothing below extreme, off the topic, for "until the all clear" as an all-clear, or when cancelled', () => {
    expect(say('Drone attack on Kyiv: fires in two districts, three people wounded', 'severe')).toEqual({});
    expect(say('Air-raid alert in Kyiv, take shelter', 'severe')).toEqual({});
    expect(say('Air-raid alert in Kyiv, take shelter', 'extreme', ['general'])).toEqual({});
    expect(say('Stay in shelters until the all clear in Kyiv')).toEqual({ 'kyiv-city': 'alert' });
    expect(say('Air-raid alert in Kyiv, take shelter', 'extreme', ['kyiv-air-raids'], 'cancel')).toEqual({});
  });
});

const event = (alertId: string, kind: AreaEvent['kind'], publishedAt: string, seq: number, receivedAt = '2026-12-01T10:00:00.000Z'): AreaEvent => ({
  alertId,
  kind,
  publishedAt,
  receivedAt,
  seq,
});
const NOW = Date.parse('2026-12-01T22:00:00.000Z');

describe('foldAreaState', () => {
  it('is the latest by publishedAt: a stale all-clear does not clear, a later one does', () => {
    const alert = event('a', 'alert', '2026-12-01T21:38:00.000Z', 1);
    const stale = event('c1', 'clear', '2026-12-01T21:00:00.000Z', 2);
    expect(foldAreaState(kyiv, [alert, stale], NOW, 24)).toEqual({
      area: 'kyiv-city', name: 'Kyiv', topic: 'kyiv-air-raids', status: 'alert', since: '2026-12-01T21:38:00.000Z', alertId: 'a',
    });
    const clear = event('c2', 'clear', '2026-12-01T21:50:00.000Z', 3);
    expect(foldAreaState(kyiv, [alert, stale, clear], NOW, 24)).toMatchObject({ status: 'clear', since: '2026-12-01T21:50:00.000Z', alertId: 'c2' });
  });

  it('breaks a tie of publishedAt by the order posted (receivedAt, then seq), not by the seq a lane gave it', () => {
    const at = '2026-12-01T21:38:00.000Z';
    // Posted one after the other, alert then all-clear: the urgent lane stored the alert after the all-clear.
    expect(foldAreaState(kyiv, [event('clear', 'clear', at, 5, '2026-12-01T21:40:00.001Z'), event('alert', 'alert', at, 6, '2026-12-01T21:40:00.000Z')], NOW, 24).status).toBe('clear');
    // One batch (same receivedAt), alert first: its place in the batch decides.
    const inBatch = (e: AreaEvent, batchIndex: number): AreaEvent => ({ ...e, batchIndex });
    expect(foldAreaState(kyiv, [inBatch(event('clear', 'clear', at, 5), 1), inBatch(event('alert', 'alert', at, 6), 0)], NOW, 24).status).toBe('clear');
    expect(foldAreaState(kyiv, [inBatch(event('alert', 'alert', at, 5), 1), inBatch(event('clear', 'clear', at, 6), 0)], NOW, 24).status).toBe('alert');
  });

  it('is unknown with no event, and once an alert stood maxHours without an all-clear', () => {
    expect(foldAreaState(kyiv, [], NOW, 24)).toMatchObject({ status: 'unknown', since: null, alertId: null });
    const old = event('a', 'alert', '2026-11-30T21:00:00.000Z', 1);
    expect(foldAreaState(kyiv, [old], NOW, 24).status).toBe('unknown');
    expect(foldAreaState(kyiv, [old], NOW, 48).status).toBe('alert');
    expect(alertExpiry(foldAreaState(kyiv, [old], NOW, 48), 48)).toBe(Date.parse('2026-12-02T21:00:00.000Z'));
  });

  it('restores the state before an alert once its event is taken back (cancel, or a revision below extreme)', () => {
    const clear = event('c', 'clear', '2026-12-01T20:00:00.000Z', 1);
    const alert = event('a', 'alert', '2026-12-01T21:38:00.000Z', 2);
    expect(foldAreaState(kyiv, [clear, alert], NOW, 24).status).toBe('alert');
    const base: Alert = {
      id: 'a', seq: 3, topics: ['kyiv-air-raids'], severity: 'severe', title: 'Air-raid alert in Kyiv', text: 'take shelter',
      publishedAt: alert.publishedAt, receivedAt: alert.receivedAt, classifiedAt: alert.receivedAt, reasons: [], incidentId: 'a', msgType: 'update', revision: 1,
    };
    expect(areaEventChanges(base, DEFAULT_AREAS, signals)).toEqual([
      { area: 'kyiv-city', alertId: 'a', event: null },
      { area: 'kyiv-oblast', alertId: 'a', event: null },
    ]);
    expect(areaEventChanges({ ...base, msgType: 'cancel', severity: 'extreme' }, DEFAULT_AREAS, signals).every((change) => change.event === null)).toBe(true);
    expect(foldAreaState(kyiv, [clear], NOW, 24)).toMatchObject({ status: 'clear', alertId: 'c' });
  });
});
