// Incident threading: reports of one event group together; other events, topics and times stay apart.
import { describe, expect, it } from 'vitest';
import { DEFAULT_TOPICS } from '../../src/classify/default-topics.js';
import { createIncidentMatcher, INCIDENT_REPRESENTATIVES, type IncidentCandidate } from '../../src/classify/incident-matcher.js';
import { TrigramSpace, type TrigramVector } from '../../src/classify/trigram-space.js';

const HOUR = 3_600_000;
// Text similarity alone: the built-in topics with time chaining switched off.
/** A report on Kyiv's topic that starts its own incident (its id), as the worker stores one. */
function kyivReport(id: string, text: string, publishedAt: string, severity: IncidentCandidate['severity']): IncidentCandidate {
  return { id, incidentId: id, topics: ['kyiv-air-raids'], title: '', text, publishedAt, severity };
}

const textOnly = { ...DEFAULT_TOPICS, topics: DEFAULT_TOPICS.topics.map((topic) => ({ ...topic, incidentGapMinutes: 0 })) };
const matcher = createIncidentMatcher({ windowMs: 6 * HOUR, topics: textOnly });
const chaining = createIncidentMatcher({ windowMs: 6 * HOUR });

const earlier: IncidentCandidate = {
  id: 'a1',
  incidentId: 'inc-1',
  topics: ['kyiv-air-raids'],
  title: 'Drones attack Kyiv overnight',
  text: 'Russian drones attacked Kyiv overnight; debris fell on the Darnytskyi district, damaging a residential building.',
  publishedAt: '2025-03-01T02:00:00Z',
};

const probe = (text: string, overrides: Partial<IncidentCandidate> = {}) => ({
  topics: ['kyiv-air-raids'],
  title: '',
  text,
  publishedAt: '2025-03-01T04:00:00Z',
  ...overrides,
});

describe('createIncidentMatcher', () => {
  it('threads a later report of the same attack and says why', () => {
    const match = matcher.match(probe('Drone debris damaged a residential building in Kyiv\'s Darnytskyi district overnight, officials say.'), [earlier]);
    expect(match?.incidentId).toBe('inc-1');
    expect(match?.reason).toMatch(/^same incident as a1: shared .*'drone\*'.* \(similarity 0\.\d\d\)$/);
  });

  it('picks the most similar of several candidates', () => {
    const other: IncidentCandidate = { ...earlier, id: 'b1', incidentId: 'inc-2', text: 'Air defence shot down missiles over Kyiv.', title: '' };
    const match = matcher.match(probe('Drones attacked Kyiv overnight, debris damaged a residential building in Darnytskyi district.'), [other, earlier]);
    expect(match?.incidentId).toBe('inc-1');
  });

  it('keeps apart reports outside the window', () => {
    const late = probe(earlier.text, { publishedAt: '2025-03-01T09:00:00Z' });
    expect(matcher.match(late, [earlier])).toBeNull();
  });

  it('keeps apart different topics', () => {
    expect(matcher.match(probe(earlier.text, { topics: ['diplomacy'] }), [earlier])).toBeNull();
  });

  it('threads general reports only on the same place and kind of event', () => {
    const kharkiv: IncidentCandidate = {
      ...earlier,
      topics: ['general'],
      title: '',
      text: 'Харків: удари по Салтівському району, є влучання. Тривога триває.',
    };
    const toll = probe('Guided bombs hit Kharkiv\'s Saltivskyi district, injuring nine people, the governor said.', { topics: ['general'] });
    expect(matcher.match(toll, [kharkiv])?.reason).toMatch(/^same incident as a1: shared .*'kharkiv\/saltivskyi'/);
    expect(matcher.match({ ...toll, text: toll.text.replaceAll('Kharkiv\'s Saltivskyi', 'Odesa\'s port') }, [kharkiv])).toBeNull();
    const weather = { ...kharkiv, text: 'Heavy fog delayed trains in Kharkiv.' };
    expect(matcher.match(probe('Heavy fog closed the airport road in Kharkiv.', { topics: ['general'] }), [weather])).toBeNull();
  });

  it('keeps apart a different event on the same topic', () => {
    const talks: IncidentCandidate = {
      ...earlier,
      topics: ['diplomacy'],
      title: '',
      text: 'Foreign ministers of France and Germany held talks on new sanctions.',
    };
    expect(matcher.match({ ...probe('The Kremlin spokesman commented on the peace summit in Switzerland.'), topics: ['diplomacy'] }, [talks])).toBeNull();
  });

  it('keeps apart reports naming different places', () => {
    const elsewhere = probe('Russian drones attacked Brovary overnight; debris damaged a residential building.');
    const candidate = { ...earlier, text: 'Russian drones attacked Kyiv\'s Darnytskyi district overnight; debris damaged a residential building.', title: '' };
    expect(matcher.match(elsewhere, [candidate])).toBeNull();
  });

  it('starts a new incident for a strike said to be new ("again", "another") hours after the last report', () => {
    const strike: IncidentCandidate = { ...earlier, id: 'h1', incidentId: 'h1', topics: ['general'], title: '', text: 'Kharkiv: a guided bomb hit an apartment block, two injured.', publishedAt: '2025-03-01T10:00:00Z' };
    const again = (at: string) => ({ ...probe('Kharkiv is under attack again: a guided bomb hit a plant, a fire broke out.', { publishedAt: at }), topics: ['general'] });
    expect(chaining.match(again('2025-03-01T12:30:00Z'), [strike])).toBeNull();
    expect(chaining.match(again('2025-03-01T10:40:00Z'), [strike])?.incidentId).toBe('h1');
  });

  it('does not link front-line news by the region it names alone', () => {
    const front = (text: string, at: string) => ({ ...probe(text, { publishedAt: at }), topics: ['troops'] });
    const captured: IncidentCandidate = { ...front('Russian troops captured a village in Donetsk region, Moscow claimed.', '2025-03-01T01:00:00Z'), id: 'f1', incidentId: 'f1' };
    expect(matcher.match(front('На Донеччині ЗСУ відбили 40 атак, найгарячіше — біля Покровська.', '2025-03-01T02:00:00Z'), [captured])).toBeNull();
  });

  it('takes Kyiv oblast\'s towns, or a city\'s districts, for one place the same night (clarification 9)', () => {
    const oblast = probe('Russian drones attacked Brovary overnight; debris damaged a residential building.');
    const town = { ...earlier, text: 'Russian drones attacked Bila Tserkva overnight; debris damaged a residential building.', title: '' };
    expect(matcher.match(oblast, [town])?.incidentId).toBe('inc-1');
    const district = probe('Drone debris damaged a house in the Darnytskyi district.');
    const other = { ...earlier, text: 'Debris damaged a house in Kyiv\'s Solomianskyi district.', title: '' };
    expect(matcher.match(district, [other])?.incidentId).toBe('inc-1');
    // A report naming the city and an oblast town is the city's: the oblast's own reports keep apart from it.
    const both = { ...earlier, text: 'Air raid alert in Kyiv: drones detected near Brovary.', title: '' };
    expect(matcher.match(probe('Kyiv oblast: drones detected near Brovary, air defence engaged.'), [both])).toBeNull();
  });

  it('chains reports on an air-raid topic that follow each other closely, even in another language', () => {
    const allClear = probe('Відбій тривоги у Києві.', { publishedAt: '2025-03-01T03:30:00Z' });
    const match = chaining.match(allClear, [earlier]);
    expect(match?.incidentId).toBe('inc-1');
    expect(match?.reason).toBe('same incident as a1: 90 min after it on kyiv-air-raids');
  });

  it('beyond the topic\'s gap, threads only the same place; never chains on topics without a gap', () => {
    const later = { publishedAt: '2025-03-01T06:00:00Z' };
    expect(chaining.match(probe('Наслідки атаки: у Дарницькому районі пошкоджено будинок.', later), [earlier])?.reason).toMatch(
      /shared .*'kyiv\/darnytsia'/,
    );
    expect(chaining.match(probe('Наслідки атаки на Бровари: пошкоджено будинок.', later), [earlier])).toBeNull();
    const talks: IncidentCandidate = { ...earlier, topics: ['diplomacy'], text: 'Ministers held talks in Rome.', title: '' };
    expect(chaining.match({ ...probe('A summit on sanctions opens in Oslo.'), topics: ['diplomacy'] }, [talks])).toBeNull();
  });

  it('chains a live threat told in an extreme rule\'s words alone (no topic term), and a night summary "у ніч на"', () => {
    const alert: IncidentCandidate = { ...earlier, text: 'Повітряні сили: БпЛА курсом на Київ. У столиці тривога.', title: '', publishedAt: '2025-03-01T02:00:00Z' };
    const fireGroups = probe('Над лівим берегом Києва працюють мобільні вогневі групи, чути кулеметні черги.', { publishedAt: '2025-03-01T02:40:00Z' });
    expect(chaining.match(fireGroups, [alert])?.reason).toBe('same incident as a1: 40 min after it on kyiv-air-raids');
    // Seven hours after the all-clear (beyond two of the topic's gaps), the Air Force's summary "у ніч на …" is a
    // follow-up of the night; the same summary without those words is not.
    const clear: IncidentCandidate = { ...alert, id: 'a2', text: 'Відбій повітряної тривоги в Києві.', publishedAt: '2025-03-01T03:00:00Z' };
    const wide = createIncidentMatcher({ windowMs: 12 * HOUR });
    const summary = probe('Повітряні сили: у ніч на 1 березня ворог запустив 73 дрони, 65 збито, зокрема над Києвом. Є влучання.', {
      publishedAt: '2025-03-01T10:00:00Z',
    });
    expect(wide.match(summary, [alert, clear])?.incidentId).toBe('inc-1');
    expect(wide.match({ ...summary, text: summary.text.replace('у ніч на 1 березня ', '') }, [alert, clear])).toBeNull();
  });

  it('keeps statements, reactions and look-backs out of an attack\'s chain', () => {
    expect(chaining.match(probe('The Kremlin denied targeting civilians in Kyiv overnight.', { publishedAt: '2025-03-01T02:30:00Z' }), [earlier])).toBeNull();
    expect(chaining.match(probe('У жовтні столицю атакували дронами 19 разів.', { publishedAt: '2025-03-01T02:30:00Z' }), [earlier])).toBeNull();
    const denial: IncidentCandidate = { ...earlier, id: 'r1', incidentId: 'r1', text: 'Russia denied striking homes in Kyiv.', title: '' };
    expect(chaining.match(probe('Explosions in Kyiv, air defence is active.', { publishedAt: '2025-03-01T02:20:00Z' }), [denial])).toBeNull();
    // Filed under diplomacy as well, a report on the attack is a leader's words about it, unless it tells a live threat.
    const words = probe('Zelensky said the overnight attack on Kyiv showed Moscow does not want peace.', {
      topics: ['kyiv-air-raids', 'diplomacy'],
      publishedAt: '2025-03-01T02:30:00Z',
    });
    expect(chaining.match(words, [earlier])).toBeNull();
    const shelter = { ...words, text: 'Talks in Kyiv moved to a shelter as explosions rang out; air defence is working.' };
    expect(chaining.match(shelter, [earlier])?.incidentId).toBe('inc-1');
  });

  it('starts a new incident for a new alert after the all-clear, and takes one all-clear per incident', () => {
    const allClear: IncidentCandidate = { ...earlier, id: 'a2', text: 'All clear in Kyiv.', title: '', publishedAt: '2025-03-01T03:00:00Z' };
    const at = { publishedAt: '2025-03-01T03:30:00Z' };
    expect(chaining.match(probe('Air raid alert in Kyiv again: drones approaching.', at), [earlier, allClear])).toBeNull();
    // (A second all-clear within 45 minutes restates the first: see the test below.)
    expect(chaining.match(probe('Відбій тривоги у Києві.', { publishedAt: '2025-03-01T03:50:00Z' }), [earlier, allClear])).toBeNull();
    expect(chaining.match(probe('Debris damaged a school in Kyiv overnight.', at), [earlier, allClear])?.incidentId).toBe('inc-1');
    // Still a new alert when a follow-up was filed after the all-clear; an alert told in the past is none.
    const followUp: IncidentCandidate = { ...earlier, id: 'a3', text: 'Debris damaged a school in Kyiv overnight.', title: '', publishedAt: '2025-03-01T03:20:00Z' };
    expect(chaining.match(probe('Air raid alert in Kyiv: drones approaching.', at), [earlier, allClear, followUp])).toBeNull();
    expect(chaining.match(probe('The air raid alert in Kyiv lasted four hours.', at), [earlier, allClear, followUp])?.incidentId).toBe('inc-1');
  });

  it('closes an alert with an all-clear said as who lifted it, and threads a live alert that reminds of a drill as the alert', () => {
    const alert: IncidentCandidate = {
      ...earlier, id: 'b1', incidentId: 'inc-b', title: '', severity: 'extreme', publishedAt: '2025-03-01T03:00:00Z',
      text: 'Тривога в Києві — негайно прямуйте до укриття! Нагадуємо: завтра о 12:00 планова перевірка сирен.',
    };
    const at = { publishedAt: '2025-03-01T03:40:00Z' };
    expect(chaining.match(probe('У Києві зняли повітряну тривогу.', { ...at, severity: 'minor' }), [alert])?.incidentId).toBe('inc-b');
    expect(chaining.match(probe('Authorities in Kyiv lifted the air raid alert.', { ...at, severity: 'minor' }), [alert])?.incidentId).toBe('inc-b');
    expect(chaining.match(probe('У Києві тривога триває, над містом дрони.', { publishedAt: '2025-03-01T03:01:00Z', severity: 'extreme' }), [alert])?.incidentId).toBe('inc-b');
  });

  it('threads a live alert told after a look-back as the alert, and an impact report beside a drill as the attack', () => {
    const alert: IncidentCandidate = {
      ...earlier, id: 'c1', incidentId: 'inc-c', title: '', severity: 'extreme', publishedAt: '2025-03-01T03:00:00Z',
      text: 'Two years ago a missile hit a maternity ward in Kyiv; a memorial service was held at dawn. Now, an air-raid alert has been declared in Kyiv. Go to a shelter.',
    };
    const at = { publishedAt: '2025-03-01T03:30:00Z' };
    expect(chaining.match(probe('All clear in Kyiv.', { ...at, severity: 'minor' }), [alert])?.incidentId).toBe('inc-c');
    const damage = 'Kyiv tests its warning sirens on Thursday. Separately, debris from a drone downed overnight damaged a kindergarten in Obolon.';
    expect(chaining.match(probe(damage, { ...at, severity: 'severe' }), [alert])?.incidentId).toBe('inc-c');
    // The same words below extreme are a look-back still: their own event.
    expect(chaining.match(probe('All clear in Kyiv.', { ...at, severity: 'minor' }), [{ ...alert, severity: 'moderate' }])).toBeNull();
  });

  it('keeps an oblast town out of the city\'s night that a nationwide alert began', () => {
    const nationwide: IncidentCandidate = { ...earlier, id: 'n1', incidentId: 'inc-n', title: '', text: 'Тривога по всій країні! Ту-95 у повітрі.', publishedAt: '2025-03-01T00:00:00Z' };
    const city: IncidentCandidate = { ...earlier, id: 'n2', incidentId: 'inc-n', title: 'КМВА', text: 'Дарницький район: пожежа після влучання. Атака триває.', publishedAt: '2025-03-01T00:40:00Z' };
    const at = { publishedAt: '2025-03-01T01:00:00Z' };
    expect(chaining.match(probe('Київська ОВА | Броварський район: через атаку загорівся склад.', at), [nationwide, city])).toBeNull();
    expect(chaining.match(probe('Оболонь: уламки впали на дитячий майданчик.', at), [nationwide, city])?.incidentId).toBe('inc-n');
    // Without a placed report the nationwide alert's night takes the town, as before.
    expect(chaining.match(probe('Київська ОВА | Броварський район: через атаку загорівся склад.', at), [nationwide])?.incidentId).toBe('inc-n');
  });

  it('lets a second all-clear within minutes of the first restate it (Kyiv\'s, then the nationwide one)', () => {
    const allClear: IncidentCandidate = { ...earlier, id: 'a2', text: 'All clear in Kyiv.', title: '', publishedAt: '2025-03-01T03:00:00Z' };
    const nationwide = 'Відбій тривоги по всій країні.';
    const soon = chaining.match(probe(nationwide, { publishedAt: '2025-03-01T03:02:00Z' }), [earlier, allClear]);
    expect(soon?.incidentId).toBe('inc-1');
    // Within 45 minutes (since the thirty-fourth round: "Відбій. Попередні наслідки нічної атаки: …" 25 minutes after the
    // city's own all-clear restates it), a restatement; later, no restatement: an incident takes one all-clear.
    expect(chaining.match(probe(nationwide, { publishedAt: '2025-03-01T03:45:00Z' }), [earlier, allClear])?.incidentId).toBe('inc-1');
    expect(chaining.match(probe(nationwide, { publishedAt: '2025-03-01T03:46:00Z' }), [earlier, allClear])).toBeNull();
    // A new alert began after the all-clear: the next all-clear is that alert's, however soon, and however like the
    // first all-clear it reads.
    const sameWords: IncidentCandidate = { ...allClear, text: 'Відбій тривоги у Києві.' };
    const repeat: IncidentCandidate = { ...earlier, id: 'b1', incidentId: 'inc-2', text: 'Повторна тривога в Києві, дрони над Дарницею.', title: '', publishedAt: '2025-03-01T03:04:00Z' };
    const itsClear = chaining.match(probe('Відбій тривоги у Києві.', { publishedAt: '2025-03-01T03:12:00Z' }), [earlier, sameWords, repeat]);
    expect(itsClear?.incidentId).toBe('inc-2');
  });

  it('starts a new incident for a repeated alert even when its all-clear went unreported, and lets the repeat grow', () => {
    const alert: IncidentCandidate = { ...earlier, id: 'p1', text: 'Air raid alert in Kyiv: ballistic threat.', title: '', publishedAt: '2025-03-01T01:00:00Z' };
    const result: IncidentCandidate = { ...earlier, id: 'p2', text: 'KMVA: all missiles aimed at Kyiv were intercepted.', title: '', publishedAt: '2025-03-01T01:40:00Z' };
    const repeat = probe('Київ, повторна тривога! Загроза балістики, перебувайте в укриттях.', { publishedAt: '2025-03-01T02:10:00Z' });
    expect(chaining.match(repeat, [alert, result])).toBeNull();
    // Without the cue, the same threat 30 minutes later continues the night's incident.
    expect(chaining.match(probe('Air raid alert in Kyiv: ballistic threat again.', { publishedAt: '2025-03-01T02:10:00Z' }), [alert, result])?.incidentId).toBe('inc-1');
    // The repeated alert's own reports, repeats included, join the incident it began.
    const began: IncidentCandidate = { ...earlier, id: 'p3', incidentId: 'p3', text: repeat.text, title: '', publishedAt: '2025-03-01T02:10:00Z' };
    const second = probe('Second alert of the night in Kyiv: explosions, air defence engaged.', { publishedAt: '2025-03-01T02:25:00Z' });
    expect(chaining.match(second, [alert, result, began])?.incidentId).toBe('p3');
    // Found in review: within 15 minutes of an incident's first threat, a repeat restates it (another channel) or
    // follows the repeat's first report told without the cue; a repeat denied or foreseen is none.
    const restated = probe('Kyiv: air raid alert declared again, ballistic threat.', { publishedAt: '2025-03-01T01:02:00Z' });
    expect(chaining.match(restated, [alert])?.incidentId).toBe('inc-1');
    const cueless: IncidentCandidate = { ...earlier, id: 'p4', incidentId: 'p4', text: 'Тривога у Києві!', title: '', publishedAt: '2025-03-01T02:10:00Z' };
    const allClear: IncidentCandidate = { ...earlier, id: 'p5', text: 'Відбій тривоги у Києві.', title: '', publishedAt: '2025-03-01T01:50:00Z' };
    expect(chaining.match(probe('У Києві повторна тривога, перебувайте в укриттях, — КМВА.', { publishedAt: '2025-03-01T02:12:00Z' }), [alert, allClear, cueless])?.incidentId).toBe('p4');
    const denied = probe('Повторної тривоги не оголошували: тривога в Києві триває, ППО працює.', { publishedAt: '2025-03-01T01:50:00Z' });
    expect(chaining.match(denied, [alert, result])?.incidentId).toBe('inc-1');
  });

  it('starts a new incident for an alert after hours of only toll reports, all-clear or not', () => {
    const alert: IncidentCandidate = { ...earlier, id: 't1', text: 'Air raid alert in Kyiv: drones approaching.', title: '', publishedAt: '2025-03-01T01:00:00Z' };
    const toll: IncidentCandidate = { ...earlier, id: 't2', text: 'One person was injured in the overnight attack on Kyiv.', title: '', publishedAt: '2025-03-01T05:30:00Z' };
    expect(chaining.match(probe('Air raid alert in Kyiv: ballistic threat.', { publishedAt: '2025-03-01T07:00:00Z' }), [alert, toll])).toBeNull();
    expect(chaining.match(probe('Explosions in Kyiv, air defence is working.', { publishedAt: '2025-03-01T03:00:00Z' }), [alert])?.incidentId).toBe('inc-1');
  });

  it('matches against every report of an incident, across English and Ukrainian place names', () => {
    const alert: IncidentCandidate = { ...earlier, id: 'k1', incidentId: 'kh', topics: ['general'], title: '', text: 'Air raid alert in Kharkiv: drones approaching.', publishedAt: '2025-03-01T01:00:00Z' };
    const blasts: IncidentCandidate = { ...alert, id: 'k2', text: 'Explosions heard in Odesa.', incidentId: 'od' };
    const impact = probe('Унаслідок атаки дронів на Харків пошкоджено багатоповерхівку, поранено чотирьох.', { topics: ['general'] });
    expect(matcher.match(impact, [blasts, alert])?.incidentId).toBe('kh');
  });

  it('is pure: the same input gives the same answer', () => {
    const input = probe('Drones attacked Kyiv overnight, damaging a residential building in Darnytskyi district.');
    expect(matcher.match(input, [earlier])).toEqual(matcher.match(input, [earlier]));
  });

  it('represents a busy incident by its first and latest qualifying reports', () => {
    const fresh = createIncidentMatcher({ windowMs: 6 * HOUR, topics: textOnly });
    // 40 reports of one night, newest first; only the oldest names the Darnytskyi district like the probe does.
    const night: IncidentCandidate[] = Array.from({ length: 40 }, (_, i) => ({
      ...earlier,
      id: `n${i}`,
      incidentId: 'night',
      text: i === 39 ? earlier.text : `Drones over Kyiv, air defence active, update ${i}.`,
      publishedAt: new Date(Date.parse('2025-03-01T03:59:00Z') - i * 60_000).toISOString(),
    }));
    const darnytskyi = probe('Debris from drones damaged a residential building in the Darnytskyi district of Kyiv.');
    // The first report is always among those compared, however many came after it.
    expect(fresh.match(darnytskyi, night)?.reason).toMatch(/^same incident as n39:/);
    // The same answer whatever order the candidates come in.
    expect(fresh.match(darnytskyi, [...night].reverse())?.reason).toMatch(/^same incident as n39:/);
    expect(INCIDENT_REPRESENTATIVES).toBeGreaterThanOrEqual(8);
  });

  it('reads a candidate again when its text differs from what was seen under its id', () => {
    const fresh = createIncidentMatcher({ windowMs: 6 * HOUR, topics: textOnly });
    const text = 'Drones attacked Kyiv overnight, damaging a residential building in Darnytskyi district.';
    expect(fresh.match(probe(text), [earlier])?.incidentId).toBe('inc-1');
    const reused = { ...earlier, title: '', text: 'Foreign ministers met in Geneva for talks on the grain corridor.' };
    expect(fresh.match(probe(text), [reused])).toBeNull();
  });
});

describe('createIncidentMatcher memo', () => {
  it('counts one text once for IDF even after its memo entry was dropped and two ids carry it', () => {
    const same = 'Drones hit a warehouse in Kyiv\'s Obolonskyi district; fire crews on site.';
    const probeText = 'Fire crews are at a warehouse hit by drones in Obolonskyi district of Kyiv.';
    const candidates = (ids: string[]): IncidentCandidate[] => [
      ...ids.map((id) => ({ ...earlier, id, incidentId: 'w', title: '', text: same })),
      { ...earlier, id: 'o1', incidentId: 'o', title: '', text: 'Drone debris fell in Darnytskyi district of Kyiv overnight.' },
    ];
    const reference = createIncidentMatcher({ windowMs: 6 * HOUR, topics: textOnly }).match(probe(probeText), candidates(['x1', 'x2']));
    const churned = createIncidentMatcher({ windowMs: 6 * HOUR, topics: textOnly });
    // x1 is cached by id; thousands of other texts push its text out of the text memo; then x2 brings the same text.
    churned.match(probe(probeText), candidates(['x1']));
    for (let i = 0; i < 4200; i++) churned.match(probe(`Drone report number ${i} from Kyiv district ${i % 97}`), []);
    expect(churned.match(probe(probeText), candidates(['x1', 'x2']))).toEqual(reference);
  });
});

describe('TrigramSpace', () => {
  // The textbook computation, from scratch every time: what the space's kept frequencies must always equal.
  const reference = (probe: TrigramVector, documents: readonly TrigramVector[], scored: readonly TrigramVector[]) => {
    const distinct = [...new Set(documents)];
    const df = new Map<number, number>();
    for (const vector of [probe, ...distinct]) for (const id of vector.ids) df.set(id, (df.get(id) ?? 0) + 1);
    const n = distinct.length + 1;
    const weights = (vector: TrigramVector) =>
      new Map([...vector.ids].map((id, i) => [id, vector.tf[i]! * (Math.log((n + 1) / ((df.get(id) ?? 0) + 1)) + 1)]));
    const mine = weights(probe);
    const norm = (w: Map<number, number>) => Math.sqrt([...w.values()].reduce((sum, x) => sum + x * x, 0));
    return scored.map((document) => {
      const theirs = weights(document);
      const dot = [...theirs].reduce((sum, [id, w]) => sum + w * (mine.get(id) ?? 0), 0);
      return norm(mine) === 0 || norm(theirs) === 0 ? 0 : dot / (norm(mine) * norm(theirs));
    });
  };

  it('keeps document frequencies from call to call and per context, always equal to counting afresh', () => {
    const space = new TrigramSpace();
    const words = ['drone', 'attack', 'kyiv', 'kharkiv', 'debris', 'school', 'talks', 'geneva', 'troops', 'kursk', 'missile', 'odesa'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = () => Array.from({ length: 2 + Math.floor(random() * 5) }, () => words[Math.floor(random() * words.length)]!);
    const pool = Array.from({ length: 60 }, () => space.vector(pick()));
    for (let call = 0; call < 300; call++) {
      // Sliding, overlapping, sometimes repeated documents, in one of three contexts.
      const start = Math.floor(random() * 40);
      const documents = pool.slice(start, start + 1 + Math.floor(random() * 20));
      if (random() < 0.2) documents.push(documents[0]!);
      const scored = documents.filter(() => random() < 0.5);
      const probe = random() < 0.1 ? space.vector([...pick(), 'brandnewword']) : space.vector(pick());
      const got = space.similarities(probe, documents, scored, `context-${call % 3}`);
      const want = reference(probe, documents, scored);
      expect([...got].map((x) => x.toFixed(12))).toEqual(want.map((x) => x.toFixed(12)));
    }
  });
});

describe('bounds on how an incident grows', () => {
  const bounded = createIncidentMatcher({ windowMs: 6 * HOUR, maxReports: 3, maxSpanMs: 2 * HOUR });
  // The incident's latest report is all the candidates show (its earlier ones fell out of the recent alerts).
  const latest: IncidentCandidate = { ...earlier, id: 'a5', publishedAt: '2025-03-01T03:30:00Z' };
  const report = probe('Fires in Kyiv after the drone attack: debris damaged a residential building.', { publishedAt: '2025-03-01T03:40:00Z' });

  it('joins an incident within its bounds', () => {
    expect(bounded.match(report, [latest])?.incidentId).toBe('inc-1');
    expect(bounded.match(report, [latest], new Map([['inc-1', { reports: 2, startedAt: Date.parse('2025-03-01T02:00:00Z') }]]))?.incidentId).toBe('inc-1');
  });

  it('starts a new incident past its report count or its span, as the store tells them', () => {
    expect(bounded.match(report, [latest], new Map([['inc-1', { reports: 3 }]]))).toBeNull();
    expect(bounded.match(report, [latest], new Map([['inc-1', { reports: 2, startedAt: Date.parse('2025-03-01T01:30:00Z') }]]))).toBeNull();
  });

  it('counts what the candidates show when the store says less', () => {
    const members = ['b1', 'b2', 'b3'].map((id, i) => ({ ...earlier, id, publishedAt: `2025-03-01T03:0${i}:00Z` }));
    expect(bounded.match(report, members)).toBeNull();
    expect(bounded.match(report, members.slice(1), new Map([['inc-1', { reports: 1 }]]))?.incidentId).toBe('inc-1');
  });

  it('joins another open incident rather than a full one', () => {
    const open: IncidentCandidate = { ...latest, id: 'c1', incidentId: 'inc-2', publishedAt: '2025-03-01T03:20:00Z' };
    expect(bounded.match(report, [latest, open], new Map([['inc-1', { reports: 3 }]]))?.incidentId).toBe('inc-2');
  });
});

describe('createIncidentMatcher: follow-ups, second alerts, drills and the oblast (issue 16)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR });
  const at = (hour: number, minute = 0) => new Date(Date.UTC(2025, 4, 2, hour, minute)).toISOString();
  const report = (id: string, hour: number, text: string, incidentId = 'night', topics = ['kyiv-air-raids']): IncidentCandidate => ({
    id,
    incidentId,
    topics,
    title: '',
    text,
    publishedAt: at(hour),
  });
  const night = [
    report('alert', 0, 'Air raid alert in Kyiv: drones are heading for the capital from the north.'),
    report('blasts', 1, 'Explosions in Kyiv, air defence is working over the Obolonskyi district.'),
    report('clear', 3, 'The air raid alert in Kyiv is over.'),
  ];

  it('joins a morning follow-up that looks back to the night to its incident, hours after its last report', () => {
    const followUp = probe('After the overnight attack, debris damaged a school roof in Kyiv\'s Obolonskyi district.', { publishedAt: at(9) });
    expect(threading.match(followUp, night)?.incidentId).toBe('night');
  });

  it('starts a new incident for a report that does not look back, beyond the chain', () => {
    const afternoon = probe('A drone hit a house in Kyiv\'s Obolonskyi district, the city administration said.', { publishedAt: at(11) });
    expect(threading.match(afternoon, night)).toBeNull();
    const again = probe('Another attack on Kyiv: debris damaged a house in the Obolonskyi district.', { publishedAt: at(8) });
    expect(threading.match(again, night)).toBeNull();
  });

  it('starts a new incident for an alert after the all-clear, and lets the all-clear end a long alert', () => {
    expect(threading.match(probe('New air raid alert in Kyiv: ballistic missile threat.', { publishedAt: at(4) }), night)).toBeNull();
    const longNight = night.slice(0, 2);
    const clear = threading.match(probe('Відбій тривоги у столиці.', { publishedAt: at(6) }), longNight);
    expect(clear?.incidentId).toBe('night');
    expect(clear?.reason).toMatch(/the all-clear of its alert/);
  });

  it('keeps the oblast apart from the city, a drill apart from an attack, a look back apart from everything', () => {
    expect(threading.match(probe('Київська ОВА: на Броварщині уламки пошкодили два будинки.', { publishedAt: at(1, 30) }), night)).toBeNull();
    expect(threading.match(probe('Kyiv will test its sirens at noon; this is not an alert.', { publishedAt: at(1, 30) }), night)).toBeNull();
    expect(threading.match(probe('A year ago today, a missile strike on Kyiv killed 5 people.', { publishedAt: at(1, 30) }), night)).toBeNull();
  });

  it('threads another city\'s alert, explosions and impact through the general chain', () => {
    const kharkiv = [report('k1', 0, 'Air raid alert in Kharkiv: guided bombs launched at the city.', 'kharkiv', ['general'])];
    const blasts = probe('Харків: вибухи, місто атакують КАБами.', { topics: ['general'], publishedAt: at(0, 20) });
    expect(threading.match(blasts, kharkiv)?.incidentId).toBe('kharkiv');
    const lviv = probe('Lviv: explosions, air defence is working.', { topics: ['general'], publishedAt: at(0, 20) });
    expect(threading.match(lviv, kharkiv)).toBeNull();
  });
});

describe('createIncidentMatcher: routine news and escalations off a place-bound topic (issue 16)', () => {
  const at = (hour: number) => `2025-12-19T${String(hour).padStart(2, '0')}:00:00Z`;
  const report = (id: string, text: string, hour: number, severity: 'moderate' | 'severe', topics = ['troops']): IncidentCandidate => ({
    id,
    incidentId: id,
    topics,
    title: '',
    text,
    publishedAt: at(hour),
    severity,
  });
  const strike = report('s1', 'Several soldiers were killed when a Russian missile hit a training ground in Dnipropetrovsk region, the army confirmed.', 8, 'severe');

  it('keeps a routine report of the region apart from a deadly strike there, unless it looks back to it', () => {
    const rotation = report('r1', 'The army began rotating brigades on the Dnipropetrovsk front, the regional command said.', 12, 'moderate');
    expect(chaining.match(rotation, [strike])).toBeNull();
    // Without severities the matcher cannot tell them apart: the region links them as before.
    expect(chaining.match({ ...rotation, severity: undefined }, [{ ...strike, severity: undefined }])?.incidentId).toBe('s1');
    const inquiry = report('r2', 'The command opened an investigation into the missile strike on the training ground in Dnipropetrovsk region.', 13, 'moderate');
    expect(chaining.match(inquiry, [strike])?.incidentId).toBe('s1');
    const toll = report('s2', 'The army confirmed that soldiers died in a missile strike on a training ground in Dnipropetrovsk region.', 10, 'severe');
    expect(chaining.match(toll, [strike])?.incidentId).toBe('s1');
  });

  it('matches routine reports on wording alone only when nearly restated', () => {
    const south = report('m1', 'Russia has moved more troops and armour to the southern front, Ukraine\'s military said.', 8, 'moderate');
    const north = report('m2', 'Ukraine has moved more troops and air defence units to the northern border, the military said.', 12, 'moderate');
    expect(chaining.match(north, [south])).toBeNull();
    const restated = report('m3', 'Russia has moved more troops and armour to the southern front, the Ukrainian military said on Friday.', 12, 'moderate');
    expect(chaining.match(restated, [south])?.incidentId).toBe('m1');
  });
});

describe('createIncidentMatcher: all-clears and follow-ups of a second alert (issue 16)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR });
  const report = (id: string, text: string, time: string, topics = ['general'], incidentId = id): IncidentCandidate => ({
    id,
    incidentId,
    topics,
    title: '',
    text,
    publishedAt: `2025-12-${time}:00Z`,
  });

  it('ends another city\'s alert with an all-clear that names no attack', () => {
    const blasts = report('o1', 'Odesa: explosions, drones are attacking the city.', '25T19:00');
    expect(threading.match(report('o2', 'The alert in Odesa is over.', '25T21:00'), [blasts])?.incidentId).toBe('o1');
  });

  it('threads a Kyiv impact report whose casualty words are denied by its damage', () => {
    const alert = report('k1', 'Київська ОВА: на Київщині повітряна тривога, працює ППО.', '24T00:30', ['kyiv-air-raids']);
    const damage = report('k2', 'Калашник: уночі на Київщині пошкоджено склад, постраждалих немає.', '24T05:00', ['kyiv-air-raids']);
    expect(threading.match(damage, [alert])?.incidentId).toBe('k1');
  });

  it('puts the night\'s toll with the alert it follows, unless it names a place only the earlier one had', () => {
    const first = [
      report('a1', 'Odesa: explosions, drones are attacking the city.', '25T19:00'),
      report('a2', 'Odesa\'s governor says drones hit port infrastructure; a fire broke out.', '25T19:30', ['general'], 'a1'),
      report('a3', 'The alert in Odesa is over.', '25T21:00', ['general'], 'a1'),
    ];
    const second = report('b1', 'Odesa: explosions again, a drone attack is under way.', '25T22:30');
    const toll = report('t1', 'Two people were injured in Odesa overnight; a port warehouse burned.', '26T07:00');
    expect(threading.match(toll, [second, ...first])?.incidentId).toBe('b1');
    const kyivNight = [
      report('n1', 'Air raid alert in Kyiv, drones inbound.', '12T01:00', ['kyiv-air-raids']),
      report('n2', 'Debris fell on a high-rise in Kyiv\'s Darnytskyi district, flats are on fire.', '12T01:45', ['kyiv-air-raids'], 'n1'),
      report('n3', 'The air raid alert in Kyiv is over.', '12T03:50', ['kyiv-air-raids'], 'n1'),
    ];
    const day = [
      report('m1', 'Kyiv: air raid alert again, ballistic missile threat.', '12T10:05', ['kyiv-air-raids']),
      report('m2', 'All clear in Kyiv.', '12T10:40', ['kyiv-air-raids'], 'm1'),
    ];
    const rescue = report('r1', 'Rescuers finished clearing the rubble at the Darnytskyi high-rise hit overnight.', '12T13:30', ['kyiv-air-raids']);
    expect(threading.match(rescue, [...day, ...kyivNight])?.incidentId).toBe('n1');
  });
});

describe('createIncidentMatcher: minor news on an attack\'s topic (issue 16)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR });
  const report = (id: string, text: string, time: string, severity: 'extreme' | 'severe' | 'minor'): IncidentCandidate => ({
    id,
    incidentId: id,
    topics: ['kyiv-air-raids'],
    title: '',
    text,
    publishedAt: `2025-12-29T${time}:00Z`,
    severity,
  });
  const alert = report('a1', 'Explosions heard in Kyiv; air defence is working.', '01:05', 'extreme');

  it('joins neither analysis nor a promise to an attack, nor anything to them; an all-clear still joins', () => {
    const analysis = report('x1', 'Analysts say Russia keeps probing Kyiv\'s air defence with decoy drones before its missile waves.', '01:30', 'minor');
    expect(threading.match(analysis, [alert])).toBeNull();
    // Graded otherwise (or not graded), the same words chain in time as before.
    expect(threading.match({ ...analysis, severity: undefined }, [alert])?.incidentId).toBe('a1');
    const toll = report('t1', 'Kyiv: two people were injured in the attack, the city administration said.', '02:00', 'severe');
    expect(threading.match(toll, [analysis])).toBeNull();
    expect(threading.match(report('c1', 'All clear in Kyiv.', '02:15', 'minor'), [alert])?.incidentId).toBe('a1');
  });
});

describe('createIncidentMatcher: where a channel is, an alert lifted in a named place (issue 16)', () => {
  it('places a report that names no place where its channel is, and only such a report', () => {
    const night = (id: string, text: string, time: string, source?: string): IncidentCandidate => ({
      id,
      incidentId: id,
      topics: ['general'],
      title: '',
      text,
      ...(source !== undefined && { source }),
      publishedAt: `2039-04-18T${time}:00Z`,
      severity: 'severe',
    });
    const dnipro = night('d1', 'A Russian missile hit an apartment block in Dnipro; three people were killed, the governor said.', '07:30');
    // Hours beyond the topic's chain, no place in its words: its channel, a regional administration, places it.
    const inquiry = 'Розпочато досудове розслідування воєнного злочину у зв\'язку з ракетним ударом по обласному центру, внаслідок якого загинули семеро.';
    expect(chaining.match(night('p1', inquiry, '13:30', 'Дніпропетровська ОВА (Telegram)'), [dnipro])?.incidentId).toBe('d1');
    expect(chaining.match(night('p1', inquiry, '13:30'), [dnipro])).toBeNull();
    // Another region's channel keeps the same words apart; a town the words name is the report's place, not the channel's city.
    expect(chaining.match(night('p1', inquiry, '13:30', 'Одеська ОВА'), [dnipro])).toBeNull();
    const town = 'Нікопольщина: уламки пошкодили два приватні будинки після нічного обстрілу.';
    expect(chaining.match(night('p2', town, '13:30', 'Дніпропетровська ОВА'), [dnipro])).toBeNull();
  });

  it('sets a wire\'s Kyiv dateline aside as the report\'s place, not another city\'s', () => {
    const general = (id: string, text: string, time: string): IncidentCandidate => ({
      id,
      incidentId: id,
      topics: ['general'],
      title: '',
      text,
      publishedAt: `2039-03-30T${time}:00Z`,
      severity: 'severe',
    });
    const odesa = general('o1', 'Russian drones hit port warehouses in Odesa overnight, starting a fire, the governor said.', '03:00');
    const wire = general('w1', 'KYIV, March 30 (Reuters) - Russian drones hit port warehouses overnight, starting a fire; two workers were injured.', '03:40');
    expect(chaining.match(wire, [odesa])?.incidentId).toBe('o1');
    // Another city's dateline over its own report is its place: it keeps Odesa's report apart from Kharkiv's night.
    const kharkiv = general('k1', 'Russian drones hit apartment blocks in Kharkiv overnight, the mayor said.', '03:00');
    const apWire = general('a1', 'ODESA, Ukraine (AP) — Russian drones hit apartment blocks overnight, injuring three people.', '03:40');
    expect(chaining.match(apWire, [kharkiv])).toBeNull();
  });

  it('reads an alert lifted in a named place as an all-clear: a new alert after it starts a new incident', () => {
    const kyiv = (id: string, text: string, time: string, severity: IncidentCandidate['severity'] = 'extreme'): IncidentCandidate => ({
      id,
      incidentId: id,
      topics: ['kyiv-air-raids'],
      title: '',
      text,
      publishedAt: `2039-04-18T${time}:00Z`,
      severity,
    });
    const alert = kyiv('a1', 'Повітряна тривога в Обухові: над містом шахеди, працює ППО.', '01:00');
    const cleared = kyiv('c1', 'Повітряну тривогу в Обухові завершено.', '01:40', 'minor');
    expect(chaining.match(cleared, [alert])?.reason).toMatch(/the all-clear of its alert|min after it/);
    const again = kyiv('a2', 'Повітряна тривога в Обухові: знову шахеди над містом, працює ППО.', '02:10');
    expect(chaining.match(again, [{ ...cleared, incidentId: 'a1' }, alert])).toBeNull();
  });
});

describe('createIncidentMatcher: a night told afterwards joins the night (issue 16, thirtieth round)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR });
  const report = (id: string, text: string, publishedAt: string, severity: IncidentCandidate['severity']): IncidentCandidate => ({
    id,
    incidentId: id,
    topics: ['general'],
    title: '',
    text,
    publishedAt,
    severity,
  });
  const dnipro = report(
    'd1',
    'Дніпро під ракетним ударом: у місті пролунала серія вибухів, виникла пожежа. Атака триває, голова ОВА закликає не залишати укриття.',
    '2027-06-01T22:58:00Z',
    'extreme',
  );

  it('reads explosions that shook the city as the night told afterwards, not a new alert: the morning toll joins', () => {
    const wire = report(
      'w1',
      'DNIPRO, Ukraine (Reuters) - A Russian missile strike on Dnipro overnight killed four people, the governor said. Explosions shook the city shortly before 2 a.m.',
      '2027-06-02T04:45:00Z',
      'severe',
    );
    expect(threading.match(wire, [dnipro])?.incidentId).toBe('d1');
  });

  it('places a strike "по Дніпру" in the city, though the river\'s "по Дніпру" stays no place', () => {
    const toll = report('t1', 'Кількість загиблих унаслідок нічного удару по Дніпру зросла до шести, повідомили в ДСНС.', '2027-06-02T08:40:00Z', 'severe');
    expect(threading.match(toll, [dnipro])?.incidentId).toBe('d1');
    const river = report('r1', 'Рятувальники врятували рибалок, яких віднесло течією по Дніпру.', '2027-06-02T08:40:00Z', 'unknown');
    expect(threading.match(river, [dnipro])).toBeNull();
  });
});

describe('createIncidentMatcher: a night retold in the morning (issue 16, thirtieth round)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR });
  const kyiv = (id: string, text: string, publishedAt: string, severity: IncidentCandidate['severity'], title = ''): IncidentCandidate => ({
    id,
    incidentId: 'night',
    topics: ['kyiv-air-raids'],
    title,
    text,
    publishedAt,
    severity,
  });
  const night = [
    kyiv('a', 'У Києві оголошено повітряну тривогу. Загроза застосування крилатих ракет.', '2030-01-15T01:07:00Z', 'extreme'),
    kyiv('b', 'У столиці лунають вибухи, працює ППО. Залишайтеся в укриттях.', '2030-01-15T01:52:00Z', 'extreme'),
    kyiv('c', 'Уламки впали в Голосіївському районі, горить приватний будинок.', '2030-01-15T02:10:00Z', 'severe'),
    kyiv('d', 'Відбій повітряної тривоги у Києві.', '2030-01-15T02:55:00Z', 'minor'),
  ];

  it('joins a retelling of the night, alert to all-clear, to the night: neither a new alert nor a second all-clear', () => {
    const recap = kyiv(
      'r',
      'Як минула ніч у Києві: о 01:07 у столиці оголосили тривогу, о 01:52 пролунали перші вибухи. Уламки впали в Голосіївському районі, де згорів приватний будинок. Відбій дали о 02:55.',
      '2030-01-15T06:00:00Z',
      'severe',
      'Нічна атака на Київ: що відомо на ранок',
    );
    expect(threading.match(recap, night)?.incidentId).toBe('night');
  });

  it('still starts a new incident for a new alert after the all-clear', () => {
    const again = kyiv('n', 'У Києві знову оголошено повітряну тривогу: балістична загроза.', '2030-01-15T06:00:00Z', 'extreme');
    expect(threading.match(again, night)).toBeNull();
  });
});

describe('createIncidentMatcher: where the weapons come from is no place of the report (issue 16, thirty-first round)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR });
  const oblast = (id: string, text: string, publishedAt: string, severity: IncidentCandidate['severity']): IncidentCandidate => ({
    id,
    incidentId: 'obl',
    topics: ['kyiv-air-raids'],
    title: '',
    text,
    publishedAt,
    severity,
  });
  // Two districts named: a report that named a third place of its own (the origin) would not fit them.
  const alert = oblast('a', 'На Київщині повітряна тривога. Ворожі дрони в напрямку Броварського та Обухівського районів. Усім в укриття!', '2052-04-02T21:30:00Z', 'extreme');

  it.each([
    'Ударні БпЛА з Черкащини рухаються курсом на Київщину — Обухівський район.',
    'Attack drones from the Cherkasy region are heading for the Obukhiv district of Kyiv oblast.',
    'Нова група дронів з боку Житомирщини заходить на Обухівський район.',
  ])('joins the oblast\'s alert, the weapons\' origin aside: %s', (text) => {
    expect(threading.match({ ...oblast('b', text, '2052-04-02T21:42:00Z', 'extreme') }, [alert])?.incidentId).toBe('obl');
  });

  it('still keeps a strike on the place of origin itself apart', () => {
    const cherkasy: IncidentCandidate = {
      id: 'c',
      incidentId: 'c',
      topics: ['general'],
      title: '',
      text: 'Дрони атакують Черкаси, у місті лунають вибухи.',
      publishedAt: '2052-04-02T21:35:00Z',
      severity: 'extreme',
    };
    expect(threading.match(oblast('b', 'Ударні БпЛА з Черкащини рухаються курсом на Київщину — Обухівський район.', '2052-04-02T21:42:00Z', 'extreme'), [cherkasy])).toBeNull();
  });
});

describe('createIncidentMatcher: an alert sounded again soon after an all-clear (issue 16, thirty-first round)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR });
  const kyiv = (id: string, incidentId: string, text: string, publishedAt: string, severity: IncidentCandidate['severity']): IncidentCandidate => ({
    id,
    incidentId,
    topics: ['kyiv-air-raids'],
    title: '',
    text,
    publishedAt,
    severity,
  });
  const night = [
    kyiv('a', 'night', 'У Києві оголошено повітряну тривогу, на столицю летять шахеди.', '2054-03-02T00:40:00Z', 'extreme'),
    kyiv('b', 'night', 'Відбій повітряної тривоги в Києві.', '2054-03-02T03:30:00Z', 'minor'),
    kyiv('c', 'night', 'Уламки дрона пошкодили дах школи на Оболоні, постраждалих немає.', '2054-03-02T04:10:00Z', 'severe'),
  ];
  const renewal = kyiv(
    'r',
    'r',
    'KYIV (AP) — Air-raid sirens wailed across Kyiv again on Monday morning, less than two hours after the all-clear had been given, as the air force said a new group of drones was heading for the capital.',
    '2054-03-02T04:25:00Z',
    'extreme',
  );

  it('starts a new incident for the renewal, though its alert is told in the past and names the all-clear', () => {
    expect(threading.match(renewal, night)).toBeNull();
  });

  it('joins the next channel\'s report of the renewal to it, not to the night before', () => {
    const next = kyiv('n', 'n', 'Після відбою знову оголосили тривогу: у столиці вдруге за ранок лунають сирени, дрони заходять з півночі.', '2054-03-02T04:38:00Z', 'extreme');
    expect(threading.match(next, [...night, renewal])?.incidentId).toBe('r');
  });
});

describe('createIncidentMatcher: alarms and late follow-ups of one night (issue 16, thirty-first round)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR });
  const report = kyivReport;

  it('chains an alarm whose air-defence words yield to troops to the alert before it', () => {
    const alert = report('a', 'У Києві повітряна тривога.', '2058-02-10T22:50:00Z', 'extreme');
    const units = report('u', 'Air defence units are working over Kyiv\'s left bank, the mayor said.', '2058-02-10T23:35:00Z', 'extreme');
    expect(threading.match(units, [alert])?.incidentId).toBe('a');
  });

  it('joins the end of the work where debris fell, hours later, to the night\'s impact at that town', () => {
    const impact = report('i', 'У Броварах через падіння уламків пошкоджено приватний будинок.', '2058-01-10T00:35:00Z', 'severe');
    const done = report('d', 'У Броварах завершили роботу на місцях падіння уламків: пошкоджено ще гараж.', '2058-01-10T07:30:00Z', 'severe');
    expect(threading.match(done, [impact])?.incidentId).toBe('i');
  });
});

describe('createIncidentMatcher: the metro line named after Brovary is Kyiv (issue 16, thirty-second round)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR, topics: DEFAULT_TOPICS });
  const report = kyivReport;
  const metro = report(
    'm',
    'Через повітряну тривогу рух на відкритій ділянці Святошинсько-Броварської лінії між «Дарницею» і «Лісовою» зупинено. Підземні станції працюють як укриття.',
    '2067-02-03T22:05:00Z',
    'extreme',
  );

  it('keeps the oblast\'s Brovary district apart from the city\'s metro report', () => {
    const brovary = report('b', 'Київщина, у Броварському районі працює ППО! Залишайтеся в укриттях.', '2067-02-03T22:14:00Z', 'extreme');
    expect(threading.match(brovary, [metro])).toBeNull();
  });

  it('joins a city report of the same night to it', () => {
    const city = report('c', 'У Києві вибухи, працює ППО. Залишайтеся в укриттях.', '2067-02-03T22:12:00Z', 'extreme');
    expect(threading.match(city, [metro])?.incidentId).toBe('m');
  });
});

describe('createIncidentMatcher: more of Kyiv oblast\'s towns keep apart from the city (issue 16, thirty-second round)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR, topics: DEFAULT_TOPICS });
  const report = kyivReport;
  const city = report('k', 'Київ — повітряна тривога! З півночі до столиці рухаються ударні БпЛА. Всі в укриття.', '2073-05-02T21:40:00Z', 'extreme');
  it.each([
    'Вишневе, дуже гучно, щось збили прямо над нами. Всі в коридор!',
    'Боярка: над містом працює ППО, залишайтеся в укриттях.',
    'Переяслав — шахеди над містом, не виходьте з укриттів.',
  ])('keeps a town of the oblast apart from the city\'s alert the same night: %s', (text) => {
    expect(threading.match(report('t', text, '2073-05-02T21:52:00Z', 'extreme'), [city])).toBeNull();
  });
  it('joins a second report from the same town to its own', () => {
    const town = report('v', 'Вишневе, дуже гучно, щось збили прямо над нами. Всі в коридор!', '2073-05-02T21:52:00Z', 'extreme');
    const later = report('w', 'У Вишневому уламки пошкодили дах приватного будинку, постраждалих немає.', '2073-05-02T23:05:00Z', 'severe');
    expect(threading.match(later, [city, town])?.incidentId).toBe('v');
  });
});

describe('createIncidentMatcher: a city district named beside an oblast town is the city\'s report (issue 16, thirty-second round)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR, topics: DEFAULT_TOPICS });
  const report = (id: string, text: string, publishedAt: string): IncidentCandidate => kyivReport(id, text, publishedAt, 'extreme');
  const oblast = report('o', 'Київщина: над Ірпенем працює ППО, залишайтеся в укриттях.', '2082-05-22T21:15:00Z');
  const city = report('c', 'Київ — повітряна тривога! Ударні дрони заходять на столицю із заходу.', '2082-05-22T21:10:00Z');

  it('joins "a group over Irpin heading for Sviatoshyn" to the city\'s alert, not the oblast\'s', () => {
    const route = report('r', 'Ще група над Ірпенем, курс на Святошин. Виходять на Академмістечко.', '2082-05-22T21:22:00Z');
    expect(threading.match(route, [city, oblast])?.incidentId).toBe('c');
  });

  it('still joins a report of the oblast town alone to the oblast\'s', () => {
    const town = report('t', 'Ірпінь: уламки впали на приватний сектор, займання ліквідовано.', '2082-05-22T21:40:00Z');
    expect(threading.match(town, [city, oblast])?.incidentId).toBe('o');
  });
});

describe('createIncidentMatcher: what was said after the all-clear follows the night it ended (issue 16, thirty-third round)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR, topics: DEFAULT_TOPICS });
  const alert = kyivReport('a', 'У Києві повітряна тривога, ударні дрони курсом на столицю. Всі в укриття!', '2107-03-01T22:10:00Z', 'extreme');
  const impact = kyivReport('b', 'Уламки дрона впали на дах будинку в Оболонському районі, двоє людей поранені, повідомив Кличко. Атака триває.', '2107-03-01T23:05:00Z', 'extreme');
  const cleared = { ...kyivReport('c', 'У Києві відбій повітряної тривоги.', '2107-03-02T01:40:00Z', 'minor'), incidentId: 'a' };
  const night = [{ ...alert }, { ...impact, incidentId: 'a' }, cleared];

  it.each([
    'KYIV (Reuters) - A Russian drone attack on Kyiv overnight injured two people in the Obolon district, Mayor Vitali Klitschko said after the all-clear was sounded.',
    'Після відбою рятувальники завершили роботу на Оболоні: пошкоджено дах і вісім квартир, двоє поранених.',
  ])('joins a report told after the all-clear to the night it ended: %s', (text) => {
    const later = kyivReport('d', text, '2107-03-02T02:20:00Z', 'severe');
    expect(threading.match(later, night)?.incidentId).toBe('a');
  });

  it('still starts a new incident for a new alert after the all-clear', () => {
    const again = kyivReport('e', 'Знову тривога в Києві! Балістика на столицю, негайно в укриття.', '2107-03-02T02:30:00Z', 'extreme');
    expect(threading.match(again, night)).toBeNull();
  });
});

describe('createIncidentMatcher: what resumed after the all-clear follows the alert it ended (issue 16, thirty-fourth round)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR, topics: DEFAULT_TOPICS });
  const alert = kyivReport('a', 'Київ! Повітряна тривога. Загроза балістики, негайно прямуйте до укриттів!', '2114-02-09T06:41:00Z', 'extreme');
  const metro = kyivReport('b', 'Через повітряну тривогу станції метро працюють як укриття, рух на наземних ділянках зупинено.', '2114-02-09T06:44:00Z', 'extreme');
  const cleared = { ...kyivReport('c', 'Київ! Відбій повітряної тривоги.', '2114-02-09T08:05:00Z', 'minor'), incidentId: 'a' };
  const day = [{ ...alert }, { ...metro, incidentId: 'a' }, cleared];

  it.each([
    'Після відбою тривоги рух поїздів метро на наземних ділянках Києва відновлено.',
    'After the all-clear in Kyiv, classes at the university resume at 10:40; lectures missed during the alert will be held online.',
  ])('joins a notice of what resumed after the all-clear to the alert it ended: %s', (text) => {
    const later = kyivReport('d', text, '2114-02-09T08:12:00Z', 'minor');
    expect(threading.match(later, day)?.incidentId).toBe('a');
  });

  it('still starts a new incident for a new alert after the all-clear', () => {
    const again = kyivReport('e', 'Київ! Повторна повітряна тривога. Ударні БпЛА курсом на столицю, залишайтеся в укриттях!', '2114-02-09T15:20:00Z', 'extreme');
    expect(threading.match(again, day)).toBeNull();
  });
});

describe('createIncidentMatcher: a toll said after the alert ended follows the night (issue 16, thirty-fourth round)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR, topics: DEFAULT_TOPICS });
  const alert = kyivReport('a', 'Київ! Повітряна тривога. Загроза ударних БпЛА, прямуйте в укриття!', '2127-03-14T22:41:00Z', 'extreme');
  const impact = { ...kyivReport('b', 'Дарницький район: уламки БпЛА впали на житловий будинок, виникла пожежа. Атака триває.', '2127-03-14T23:19:00Z', 'extreme'), incidentId: 'a' };
  const cleared = { ...kyivReport('c', 'Відбій повітряної тривоги. — КМВА', '2127-03-15T00:52:00Z', 'minor'), incidentId: 'a' };
  it('joins wire copy that reports the toll "after the alert ended" to the night it ended', () => {
    const later = kyivReport('d', 'KYIV (Reuters) - Two people were killed and eight wounded when Russian drones hit homes in Kyiv\'s Darnytskyi district overnight, city officials said after the alert ended.', '2127-03-15T01:20:00Z', 'severe');
    expect(threading.match(later, [alert, impact, cleared])?.incidentId).toBe('a');
  });
});

describe('createIncidentMatcher: an all-clear restated with the night\'s consequences follows it (issue 16, thirty-fourth round)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR, topics: DEFAULT_TOPICS });
  const alert = kyivReport('a', 'Увага! У Києві оголошено повітряну тривогу. Рух ударних БпЛА в напрямку столиці.', '2130-02-13T21:52:00Z', 'extreme');
  const impact = { ...kyivReport('b', 'Солом\'янський район: уламки пошкодили покрівлю 16-поверхівки. Атака триває — не залишайте укриттів.', '2130-02-13T23:05:00Z', 'extreme'), incidentId: 'a' };
  const cleared = { ...kyivReport('c', 'Відбій повітряної тривоги в Києві.', '2130-02-14T01:40:00Z', 'minor'), incidentId: 'a' };
  it('joins a second all-clear 25 minutes later that tells the consequences', () => {
    const again = kyivReport('d', 'Відбій. Попередні наслідки нічної атаки: у Солом\'янському районі пошкоджено покрівлю, двоє постраждалих.', '2130-02-14T02:05:00Z', 'severe');
    expect(threading.match(again, [alert, impact, cleared])?.incidentId).toBe('a');
  });
  it('still starts a new incident for an all-clear after a new alert', () => {
    const second = kyivReport('e', 'Повторна повітряна тривога в Києві! Загроза балістики, негайно в укриття.', '2130-02-14T01:55:00Z', 'extreme');
    const clearedAgain = kyivReport('f', 'Відбій повітряної тривоги в Києві.', '2130-02-14T02:20:00Z', 'minor');
    expect(threading.match(clearedAgain, [alert, impact, cleared, second])?.incidentId).not.toBe('a');
  });
});

describe('createIncidentMatcher: an attack\'s result told with a threat\'s words follows the alert (issue 16, thirty-fifth round)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR, topics: DEFAULT_TOPICS });
  const alert = kyivReport('a', 'Увага! Загроза балістики для столиці. Негайно прямуйте в укриття!', '2141-02-03T10:12:00Z', 'extreme');
  const cleared = { ...kyivReport('b', 'Відбій повітряної тривоги в Києві.', '2141-02-03T10:40:00Z', 'minor'), incidentId: 'a' };
  it('joins an air-defence result graded moderate to the alert it ended, though its words name the alert', () => {
    const result = kyivReport('c', 'Під час ранкової тривоги над Києвом сили ППО збили три балістичні ракети, пошкоджень і постраждалих немає, — КМВА.', '2141-02-03T11:05:00Z', 'moderate');
    expect(threading.match(result, [alert, cleared])?.incidentId).toBe('a');
  });
  it('keeps the same words apart when the classifier reads them as a threat now', () => {
    const again = kyivReport('d', 'Під час повторної тривоги над Києвом працює ППО, балістичні ракети летять на столицю — в укриття!', '2141-02-03T11:30:00Z', 'extreme');
    expect(threading.match(again, [alert, cleared])).toBeNull();
  });
  it('keeps a condition about an alert apart, whatever its words', () => {
    const condition = kyivReport('e', 'Вступний іспит у Києві: якщо оголосять повітряну тривогу, тестування призупинять, а учасники перейдуть в укриття.', '2141-02-03T12:00:00Z', 'unknown');
    expect(threading.match(condition, [alert, cleared])).toBeNull();
  });
});

describe('createIncidentMatcher: a live alert in words no threat cue of its own names starts a new incident after the all-clear (issue 16, thirty-fifth round)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR, topics: DEFAULT_TOPICS });
  const alert = kyivReport('a', 'Київ, ударні дрони заходять на місто з півночі. Усі — в укриття! — КМВА', '2152-01-13T22:47:00Z', 'extreme');
  const cleared = { ...kyivReport('b', 'У столиці відбій тривоги. — КМВА', '2152-01-14T00:41:00Z', 'minor'), incidentId: 'a' };
  const again = kyivReport('c', 'Kyiv, get to safety now: ballistic missiles launched from the north-east. — Kyiv City Military Administration', '2152-01-14T03:12:00Z', 'extreme');
  it('keeps the classifier\'s live alert out of the cleared incident', () => {
    expect(threading.match(again, [alert, cleared])).toBeNull();
  });
  it('still joins the same words to the alert while it is on', () => {
    const during = kyivReport('d', 'Kyiv, get to safety now: more drones launched from the north. — Kyiv City Military Administration', '2152-01-13T23:30:00Z', 'extreme');
    expect(threading.match(during, [alert])?.incidentId).toBe('a');
  });
});

describe('createIncidentMatcher: a toll measured against the year, and a highway named after a city, follow the night (issue 16, thirty-sixth round)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR, topics: DEFAULT_TOPICS });
  const alert = kyivReport('a', 'Київ — балістика з півночі! Усі в укриття!', '2161-06-02T00:10:00Z', 'extreme');
  const impact = { ...kyivReport('b', 'Дарницький район: уламки ракети пошкодили житловий будинок, є постраждалі.', '2161-06-02T00:40:00Z', 'severe'), incidentId: 'a' };
  const cleared = { ...kyivReport('c', 'Відбій повітряної тривоги в Києві.', '2161-06-02T02:20:00Z', 'minor'), incidentId: 'a' };
  it('joins a morning toll that calls the attack one of the year\'s largest', () => {
    const toll = kyivReport('d', 'Five people were killed in Kyiv in one of the heaviest Russian missile attacks on the capital this year, officials said.', '2161-06-02T06:00:00Z', 'severe');
    expect(threading.match(toll, [alert, impact, cleared])?.incidentId).toBe('a');
  });
  it('still keeps a summary of the year apart', () => {
    const summary = kyivReport('e', 'This year Russia has launched more than 400 missiles at Kyiv, the city administration said.', '2161-06-02T07:00:00Z', 'minor');
    expect(threading.match(summary, [alert, impact, cleared])).toBeNull();
  });
  it('joins rescuers at work on the Kharkivske highway, a street of the city\'s left bank, to the night', () => {
    const rubble = kyivReport('f', 'На Харківському шосе рятувальники продовжують розбирати завали будинку, пошкодженого вночі.', '2161-06-02T09:00:00Z', 'severe');
    expect(threading.match(rubble, [alert, impact, cleared])?.incidentId).toBe('a');
  });
});

describe('createIncidentMatcher: a morning report on what the night damaged follows it, in another language too (issue 16, thirty-sixth round)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR, topics: DEFAULT_TOPICS });
  const alert = kyivReport('a', 'Київ — група ударних БпЛА курсом на столицю. Перебувайте в укриттях!', '2167-02-11T00:40:00Z', 'extreme');
  const impact = { ...kyivReport('b', 'Дарницький район: уламки дрона впали на дах багатоповерхівки, горить верхній поверх.', '2167-02-11T01:30:00Z', 'severe'), incidentId: 'a' };
  const cleared = { ...kyivReport('c', 'Відбій повітряної тривоги.', '2167-02-11T03:20:00Z', 'minor'), incidentId: 'a' };
  it('joins residents of the damaged high-rise taken to hospital hours after the all-clear', () => {
    const morning = kyivReport('d', 'Three residents of the damaged high-rise in Darnytskyi district were taken to hospital, the district administration said.', '2167-02-11T08:10:00Z', 'severe');
    expect(threading.match(morning, [alert, impact, cleared])?.incidentId).toBe('a');
  });
  it('still keeps damage reported now, hours later, out of it', () => {
    const fresh = kyivReport('e', 'Дарницький район: пошкоджено будинок.', '2167-02-11T09:30:00Z', 'severe');
    expect(threading.match(fresh, [alert, impact, cleared])).toBeNull();
  });
});

describe('createIncidentMatcher: a leader\'s plea to partners to act now is a reaction, not the attack (issue 16, thirty-seventh round)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR, topics: DEFAULT_TOPICS });
  const summary = kyivReport('a', 'Overnight Russia launched 48 missiles and 310 drones, with Kyiv the main target. Air defence downed 41 missiles and 290 drones.', '2177-03-11T06:00:00Z', 'moderate');
  const plea = (text: string): IncidentCandidate => ({
    ...kyivReport('b', text, '2177-03-11T06:40:00Z', 'severe'),
    topics: ['kyiv-air-raids', 'diplomacy', 'troops'],
  });
  it('keeps the president\'s call to partners "to act now" apart from the night it reacts to', () => {
    expect(threading.match(plea('Президент: «Цієї ночі Росія вбила 12 людей у Києві. Нам потрібні додаткові системи Patriot — я звертаюся до партнерів діяти зараз».'), [summary])).toBeNull();
  });
  it('still joins a live report that says "act now" to the night\'s alert', () => {
    const alert = kyivReport('c', 'Повітряна тривога в Києві: ракети курсом на столицю.', '2177-03-11T02:00:00Z', 'extreme');
    const live = kyivReport('d', 'Drones over Kyiv right now, act now: go to the shelter!', '2177-03-11T02:20:00Z', 'extreme');
    expect(threading.match(live, [alert])?.incidentId).toBe('c');
  });
});

describe('createIncidentMatcher: a morning summary of the evening named by its date follows that evening\'s alert (issue 16, thirty-seventh round)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR, topics: DEFAULT_TOPICS });
  const alert = kyivReport('a', 'Повітряна тривога у Києві! Загроза ударних БпЛА. Пройдіть в укриття.', '2180-03-15T19:45:00Z', 'extreme');
  const engaged = { ...kyivReport('b', 'Air defence is currently engaging drones over Kyiv\'s Obolon district, city officials say.', '2180-03-15T20:30:00Z', 'extreme'), incidentId: 'a' };
  const cleared = { ...kyivReport('c', 'Відбій тривоги.', '2180-03-15T21:50:00Z', 'minor'), incidentId: 'a' };
  it('joins "all drones were shot down on the evening of March 15" posted the next morning', () => {
    const summary = kyivReport('d', 'All 14 attack drones were shot down over Kyiv on the evening of March 15. No consequences.', '2180-03-16T05:10:00Z', 'moderate');
    expect(threading.match(summary, [alert, engaged, cleared])?.incidentId).toBe('a');
  });
});

describe('createIncidentMatcher: the morning\'s word on the night\'s alert needs no shared wording on the place its topic is bound to (issue 16, thirty-seventh round)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR, topics: DEFAULT_TOPICS });
  const alert = { ...kyivReport('a', 'Тривога! Шахеди на підльоті з лівого берега.', '2178-03-17T23:05:00Z', 'extreme'), source: 'КМВА' };
  const cleared = { ...kyivReport('b', 'Відбій.', '2178-03-18T00:20:00Z', 'minor'), source: 'КМВА', incidentId: 'a' };
  it('joins "Вночі сили ППО знешкодили всі дев\'ять дронів, що летіли на столицю" five hours after the all-clear', () => {
    const morning = { ...kyivReport('c', 'Вночі сили ППО знешкодили всі дев\'ять дронів, що летіли на столицю. Ні руйнувань, ні постраждалих немає.', '2178-03-18T05:30:00Z', 'moderate'), source: 'КМВА' };
    expect(threading.match(morning, [alert, cleared])?.incidentId).toBe('a');
  });
  it('still keeps a report with no word that looks back apart', () => {
    const later = { ...kyivReport('d', 'Сили ППО знешкодили два дрони над столицею.', '2178-03-18T05:40:00Z', 'moderate'), source: 'КМВА' };
    expect(threading.match(later, [alert, cleared])).toBeNull();
  });
});

describe('createIncidentMatcher: a repeated alert\'s own all-clear closes the repeat (issue 16, thirty-eighth round)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR, topics: DEFAULT_TOPICS });
  const first = kyivReport('a', 'Повітряна тривога в Києві: балістика з півночі.', '2188-04-02T03:00:00Z', 'extreme');
  const firstCleared = { ...kyivReport('b', 'Відбій тривоги в Києві.', '2188-04-02T03:40:00Z', 'minor'), incidentId: 'a' };
  const repeat = kyivReport('c', 'Київ, знову тривога! Повторна загроза балістики, повертайтеся в укриття.', '2188-04-02T05:10:00Z', 'extreme');
  const inbound = { ...kyivReport('d', 'Ще одна балістична ракета курсом на столицю.', '2188-04-02T05:13:00Z', 'extreme'), incidentId: 'c' };
  it.each([
    'The repeated alert in Kyiv has ended; no new hits were reported, the city administration said.',
    'Повторну тривогу в Києві скасовано.',
  ])('joins "%s", half an hour after the repeat began, to the repeat', (text) => {
    const cleared = kyivReport('e', text, '2188-04-02T05:45:00Z', 'minor');
    expect(threading.match(cleared, [first, firstCleared, repeat, inbound])?.incidentId).toBe('c');
  });
  it('still reads an alert told as "less than two hours after the all-clear" as a new alert', () => {
    const again = kyivReport('e', 'Sirens sounded again in Kyiv less than two hours after the all-clear.', '2188-04-02T05:20:00Z', 'extreme');
    expect(threading.match(again, [first, firstCleared])).toBeNull();
  });
});

describe('createIncidentMatcher: a morning wire report names the night by its weekday and one all-clear of two (issue 16, thirty-eighth round)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR, topics: DEFAULT_TOPICS });
  const first = kyivReport('a', 'Повітряна тривога в Києві: загроза ракет.', '2191-05-06T18:00:00Z', 'extreme');
  const firstCleared = { ...kyivReport('b', 'Відбій тривоги.', '2191-05-06T18:40:00Z', 'minor'), incidentId: 'a' };
  const second = kyivReport('c', 'Друга тривога за вечір у Києві: балістика, всі в укриття.', '2191-05-06T21:00:00Z', 'extreme');
  const hit = { ...kyivReport('d', 'У Дарницькому районі уламки пошкодили гуртожиток, є постраждалі. Тривога триває!', '2191-05-06T21:30:00Z', 'severe'), incidentId: 'c' };
  const secondCleared = { ...kyivReport('e', 'Відбій тривоги в столиці.', '2191-05-06T22:20:00Z', 'minor'), incidentId: 'c' };
  it('joins the morning report of the dormitory hit in "Tuesday night\'s missile attack" to the alert it was hit in', () => {
    const morning = kyivReport(
      'f',
      'KYIV (Reuters) - Four people were hurt when debris hit a dormitory in Darnytskyi district in Tuesday night\'s missile attack, officials said. Students had gone back to their rooms after the first all clear.',
      '2191-05-07T06:00:00Z',
      'severe',
    );
    expect(threading.match(morning, [first, firstCleared, second, hit, secondCleared])?.incidentId).toBe('c');
  });
});

describe('createIncidentMatcher: an oblast town\'s follow-up that sets the city of Kyiv apart (issue 16, thirty-eighth round)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR, topics: DEFAULT_TOPICS });
  const alert = kyivReport('a', 'Ірпінь, тривога! Дрони над Бучанським районом, працює ППО.', '2195-02-01T21:00:00Z', 'extreme');
  const cleared = { ...kyivReport('b', 'Відбій тривоги на Київщині. В Ірпені уламками пошкоджено дах магазину.', '2195-02-01T22:10:00Z', 'severe'), incidentId: 'a' };
  it('joins "the city of Kyiv itself was not targeted" beside the town\'s damage to the town\'s night', () => {
    const morning = kyivReport('c', 'Drone debris damaged a shop roof in Irpin overnight, the oblast administration said. The city of Kyiv itself was not targeted.', '2195-02-02T06:00:00Z', 'severe');
    expect(threading.match(morning, [alert, cleared])?.incidentId).toBe('a');
  });
});

describe('createIncidentMatcher: a review\'s findings: a second alert and a live report never join the night\'s finished alert (issue 16, thirty-eighth round)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR, topics: DEFAULT_TOPICS });
  const alert = kyivReport('a', 'Повітряна тривога в Києві! Загроза балістики.', '2196-01-01T20:00:00Z', 'extreme');
  const cleared = { ...kyivReport('b', 'All clear in Kyiv. Stay alert.', '2196-01-01T21:00:00Z', 'minor'), incidentId: 'a' };
  it.each([
    ['Second alert over Kyiv tonight: ballistic missile threat, take shelter now', '2196-01-01T21:20:00Z'],
    ['Repeat alert over Kyiv and the region — missiles inbound, go to shelters', '2196-01-01T21:30:00Z'],
    ['The night\'s second drone attack on Kyiv is under way: mobile fire groups are working over Obolon right now', '2196-01-01T21:40:00Z'],
  ])('starts a new incident for "%s"', (text, at) => {
    expect(threading.match(kyivReport('c', text, at, 'extreme'), [alert, cleared])).toBeNull();
  });
});

describe('createIncidentMatcher: a report that the night\'s attack goes on now is a new alert after the all-clear, whatever follow-up word it has (issue 16, thirty-eighth round)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR, topics: DEFAULT_TOPICS });
  const alert = kyivReport('a', 'Повітряна тривога в Києві! Загроза ударних БпЛА.', '2197-03-01T20:00:00Z', 'extreme');
  const cleared = { ...kyivReport('b', 'Відбій тривоги в Києві.', '2197-03-01T21:00:00Z', 'minor'), incidentId: 'a' };
  it.each([
    'The night\'s attack on Kyiv is under way: mobile fire groups are working over Obolon right now',
    'Нічна атака на столицю триває: мобільні вогневі групи працюють над Оболонню прямо зараз',
  ])('starts a new incident for "%s"', (text) => {
    expect(threading.match(kyivReport('c', text, '2197-03-01T22:10:00Z', 'extreme'), [alert, cleared])).toBeNull();
  });
  it('still joins the morning\'s word on the night to it', () => {
    const morning = kyivReport('d', 'After the night\'s attack on Kyiv, debris damaged two houses in Obolon, officials said.', '2197-03-02T06:00:00Z', 'severe');
    expect(threading.match(morning, [alert, cleared])?.incidentId).toBe('a');
  });
});

describe('createIncidentMatcher: a place "під Києвом" is the oblast\'s, not the city\'s (issue 16, thirty-ninth round)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR, topics: DEFAULT_TOPICS });
  const city = kyivReport('a', 'Київ! Повітряна тривога. Загроза ударних БпЛА, прямуйте в укриття.', '2198-04-01T23:50:00Z', 'extreme');
  const oblast = kyivReport('b', 'Київщина! Повітряна тривога. В області працює ППО по ударних дронах. Залишайтеся в укриттях!', '2198-04-02T00:05:00Z', 'extreme');
  it('joins a village "під Києвом" to the oblast\'s alert', () => {
    const text = 'Уламки дрона пошкодили склад у селі під Києвом, повідомила обласна адміністрація.';
    expect(threading.match(kyivReport('c', text, '2198-04-02T01:30:00Z', 'severe'), [city, oblast])?.incidentId).toBe('b');
  });
  it.each([
    'Drone debris set a car on fire in Kyiv\'s Obolon district, the city administration said.',
    'A missile left a crater outside Kyiv\'s Okhmatdyt children\'s hospital, the city administration said.',
  ])('still joins a report from the city itself to the city\'s alert: %s', (text) => {
    expect(threading.match(kyivReport('d', text, '2198-04-02T01:30:00Z', 'severe'), [city, oblast])?.incidentId).toBe('a');
  });
});

describe('createIncidentMatcher: a report "after the second wave" follows the night\'s second alert (issue 16, thirty-ninth round)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR, topics: DEFAULT_TOPICS });
  const first = kyivReport('a', 'Балістична загроза! Негайно прямуйте в укриття! — КМВА', '2198-05-11T01:02:00Z', 'extreme');
  const cleared = { ...kyivReport('b', 'Відбій тривоги. — КМВА', '2198-05-11T01:24:00Z', 'minor'), incidentId: 'a' };
  const second = kyivReport('c', 'Столиця, знову тривога! Друга хвиля — ракети, вже працює ППО. Не виходьте з укриттів.', '2198-05-11T02:10:00Z', 'extreme');
  it.each([
    'After the second wave of the night, missile debris fell on a warehouse in the Holosiivskyi district, sparking a fire.',
    'Після другої хвилі уламки ракети впали на склад у Голосіївському районі.',
  ])('joins "%s" to the second alert, hours later', (text) => {
    expect(threading.match(kyivReport('d', text, '2198-05-11T05:45:00Z', 'severe'), [first, cleared, second])?.incidentId).toBe('c');
  });
});

describe('createIncidentMatcher: the fortieth round\'s follow-ups and ends (issue 16)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR, topics: DEFAULT_TOPICS });
  it('joins the morning\'s word on "the evening attack" to the evening\'s alert, hours after its all-clear', () => {
    const alert = kyivReport('a', 'На Київщині оголошено повітряну тривогу. Працює ППО. Залишайтеся в укриттях!', '2206-03-02T18:50:00Z', 'extreme');
    const cleared = { ...kyivReport('b', 'Відбій повітряної тривоги на Київщині.', '2206-03-02T19:40:00Z', 'minor'), incidentId: 'a' };
    const morning = kyivReport('c', 'Наслідки вечірньої атаки: у Броварському районі уламки пошкодили дах складу. Постраждалих немає.', '2206-03-03T05:30:00Z', 'severe');
    expect(threading.match(morning, [alert, cleared])?.incidentId).toBe('a');
  });
  it('reads "the second alert of the night ended" as the repeat\'s own end, which joins the repeat', () => {
    const first = kyivReport('a', 'Повітряна тривога в Києві! Загроза балістики.', '2206-01-13T20:00:00Z', 'extreme');
    const cleared = { ...kyivReport('b', 'Відбій тривоги в Києві.', '2206-01-13T20:40:00Z', 'minor'), incidentId: 'a' };
    const second = kyivReport('c', 'Знову повітряна тривога в Києві! Загроза балістики з півночі — негайно прямуйте до укриттів.', '2206-01-13T22:10:00Z', 'extreme');
    const ended = kyivReport('d', 'The second alert of the night in Kyiv ended shortly before midnight: both missiles were intercepted over the city.', '2206-01-14T06:00:00Z', 'moderate');
    expect(threading.match(ended, [first, cleared, second])?.incidentId).toBe('c');
  });
  it('lets an all-clear close an alert reported only in words the classifier read as live (extreme), beyond the chain\'s gap', () => {
    const terse = kyivReport('a', '🔴 Київ: шахеди в межах міста, Оболонь/Поділ. Чути двигуни. Не стійте біля вікон!', '2206-12-05T01:15:00Z', 'extreme');
    const cleared = kyivReport('b', 'Відбій тривоги в Києві. Після нічної атаки на Подолі працюють рятувальники: пошкоджено під\'їзд.', '2206-12-05T04:50:00Z', 'severe');
    expect(threading.match(cleared, [terse])?.incidentId).toBe('a');
  });
});

describe('createIncidentMatcher: the forty-first round (issue 16)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR, topics: DEFAULT_TOPICS });
  it('reads Brovarskyi Avenue as Kyiv\'s street, not the town of Brovary', () => {
    const city = kyivReport('a', 'Повітряна тривога в Києві та Київській області. Прямуйте в укриття!', '2212-01-14T21:50:00Z', 'extreme');
    const avenue = kyivReport('b', 'БАХ 💥 ППО працює біля Лісової, ще один гуде над Броварським проспектом', '2212-01-14T22:20:00Z', 'extreme');
    expect(threading.match(avenue, [city])?.incidentId).toBe('a');
  });
  it('reads "the second air-raid alert of the night … has ended" as the repeat\'s all-clear', () => {
    const first = kyivReport('a', 'Повітряна тривога в Києві! Загроза балістики.', '2212-02-02T20:00:00Z', 'extreme');
    const cleared = { ...kyivReport('b', 'Відбій тривоги в Києві.', '2212-02-02T20:40:00Z', 'minor'), incidentId: 'a' };
    const second = kyivReport('c', 'ЗНОВУ сирена на Позняках, друга за вечір, всі вниз!', '2212-02-02T22:50:00Z', 'extreme');
    const ended = kyivReport('d', 'The second air-raid alert of the night in Kyiv has ended.', '2212-02-03T03:20:00Z', 'minor');
    expect(threading.match(ended, [first, cleared, second])?.incidentId).toBe('c');
  });
});

describe('createIncidentMatcher: the forty-first round, second part (issue 16)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR, topics: DEFAULT_TOPICS });
  const city = kyivReport('a', 'Повітряна тривога в столиці. Рух ударних дронів у напрямку міста із заходу.', '2217-05-08T21:50:00Z', 'extreme');
  const oblast = kyivReport('b', 'Фастів: уламки збитого дрона впали на територію залізничної станції, пошкоджено контактну мережу.', '2217-05-08T22:30:00Z', 'severe');
  it('reads a train route from Kyiv as no place of Kyiv\'s', () => {
    const delays = kyivReport('c', 'Через пошкоджену під час нічної атаки контактну мережу у Фастові приміські поїзди сполученням Київ — Фастів курсують із затримкою.', '2217-05-09T05:50:00Z', 'severe');
    expect(threading.match(delays, [city, oblast])?.incidentId).toBe('b');
  });
  it('joins what the damage still causes hours later to the attack', () => {
    const alert = kyivReport('d', 'Обухівський район: ракетна небезпека! Негайно пройдіть в укриття.', '2217-11-17T22:15:00Z', 'extreme');
    const fire = kyivReport('e', 'В Обухові після вибухів спалахнула пожежа на території ТЕЦ, повідомили в Київській ОВА.', '2217-11-17T22:40:00Z', 'severe');
    const heating = kyivReport('f', 'Обухів: через пошкодження ТЕЦ без опалення залишаються 12 тисяч мешканців.', '2217-11-18T06:30:00Z', 'severe');
    expect(threading.match(heating, [alert, { ...fire, incidentId: 'd' }])?.incidentId).toBe('d');
  });
});

describe('createIncidentMatcher: the forty-second round (issue 16)', () => {
  const threading = createIncidentMatcher({ windowMs: 12 * HOUR, topics: DEFAULT_TOPICS });
  it('reads another area\'s all-clear said not to cover this one as no all-clear, so the alert\'s next report joins it', () => {
    const alert = kyivReport('a', 'Білоцерківський район: повітряна тривога, крилаті ракети курсом на Київщину. Відбій у Житомирській області нашого регіону не стосується — перебувайте в укриттях!', '2223-05-04T00:05:00Z', 'extreme');
    const blasts = kyivReport('b', 'Біла Церква — вибухи, ППО працює. Фастів, Обухів теж не сплять. Ракети ще в повітрі, не розслабляємось', '2223-05-04T00:22:00Z', 'extreme');
    expect(threading.match(blasts, [alert])?.incidentId).toBe('a');
  });
});
