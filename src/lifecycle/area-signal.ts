// What an alert version says about each area: it declares an air-raid alert there, an all-clear, or nothing.
import { signedText } from '../classify/classifier.js';
import { turnAt } from '../classify/cue-scopes.js';
import { ALL_CLEAR_NOT_NEWS, NATIONWIDE_SCOPES } from '../classify/default-topics.js';
import { ALL_CLEAR_CUES, CUE_NEGATIVE, THREAT_CUES } from '../classify/incident-matcher.js';
import { createPlaceFinder, PLACE_NAMES, type PlaceName } from '../classify/place-names.js';
import { createTermIndex, overlapsAny, tokenize } from '../classify/term-index.js';
import type { Alert } from '../core/alert.js';
import type { Area } from './areas.js';

export type AreaSignal = 'alert' | 'clear';

/** Reads an alert version's signal for each area: area id → signal (areas it says nothing about are absent). */
export type AreaSignals = (alert: Pick<Alert, 'topics' | 'severity' | 'title' | 'text' | 'msgType'> & { source?: string | undefined }) => Map<string, AreaSignal>;

/**
 * "The city and its region" ("в Києві та області") names the oblast as well as the city, though the region's own name
 * is left out. Only area state reads these: for incident threading such a report belongs with the city's incident.
 */
export const CITY_AND_REGION: readonly PlaceName[] = [
  {
    id: 'kyiv-oblast/with-the-city',
    within: 'kyiv-oblast',
    names: [
      'Kyiv and the region', 'Kyiv and region', 'Kyiv and the oblast', 'Kyiv city and region', 'києві та області',
      'києві й області', 'києві і області', 'київ та область', 'київ і область', 'київ й область', 'києва та області',
      'києва й області', 'столиці та області', 'столиці й області',
    ],
  },
];
/** The city each of those phrases names besides its region (the longer phrase hides the city's own name). */
const CITY_OF_PHRASE = new Map([['kyiv-oblast/with-the-city', 'kyiv']]);

const CLEAR = 0;
const THREAT = 1;
const NEGATIVE = 2;
const NATIONWIDE = 3;
/** Words that set a place apart from a nationwide alert ("Тривога по всій Україні, окрім столиці"). */
const EXCEPT = new Set(['крім', 'окрім', 'except', 'excluding', 'винятком', 'виключенням']);

/**
 * With the classifier's own cues and gazetteer, sentence by sentence (a contrast such as "але", "а", "but" also ends a
 * stretch): an all-clear cue (not "until the all clear") on
 * the area's topic is an all-clear; an extreme alert on it with a threat cue (alert declared, inbound, explosions,
 * shelter) declares an alert, and so does an extreme alert on it in which no sentence has a cue at all (the
 * classifier's rules know more ways of telling a live threat than the cues). The area is the one whose place each
 * place named in the sentence is, or lies within first
 * (a Kyiv district → Kyiv city, a town of the oblast → Kyiv oblast); a sentence naming no place speaks of the areas
 * the update names elsewhere, and a report naming no area is about its source's (the channel read as a signature:
 * "Київська ОВА" is the oblast's), else its topic's default area. A later sentence
 * overrides an earlier one for the same area. A cancelled version says nothing.
 * @example const signals = createAreaSignals(DEFAULT_AREAS); signals(alert) // Map { 'kyiv-city' => 'alert' }
 */
export function createAreaSignals(areas: readonly Area[], gazetteer: readonly PlaceName[] = [...PLACE_NAMES, ...CITY_AND_REGION]): AreaSignals {
  // Nor is an all-clear denied, mistaken or awaited one ("Відбій у Києві не оголошували", "відбій був помилковим",
  // "У Києві ще не зняли тривогу"): the classifier's ALL_CLEAR_NOT_NEWS and the matcher's CUE_NEGATIVE cancel the cue.
  // An alert lifted by whoever lifted it ("У Києві зняли повітряну тривогу", "Authorities in Kyiv lifted the air raid
  // alert") is an all-clear (the matcher's cues); a nationwide alert or all-clear is every area's.
  const cues = createTermIndex([ALL_CLEAR_CUES, THREAT_CUES, [...CUE_NEGATIVE, ...ALL_CLEAR_NOT_NEWS], NATIONWIDE_SCOPES]);
  const places = createPlaceFinder(gazetteer);
  const within = new Map(gazetteer.map((place) => [place.id, place.within]));
  const areaOfPlace = new Map(areas.map((area) => [area.place, area]));
  /** The nearest area a place is, or lies within. */
  const areaOf = (place: string): Area | undefined => {
    const seen = new Set<string>();
    for (let at: string | undefined = place; at !== undefined && !seen.has(at); at = within.get(at)) {
      seen.add(at);
      const area = areaOfPlace.get(at);
      if (area) return area;
    }
    return undefined;
  };
  const topics = new Set(areas.map((area) => area.topic));

  /** The areas these places are (each place for its nearest area; "the city and its region" is both). */
  const areasOf = (found: readonly string[]): Set<Area> =>
    new Set(found.flatMap((place) => [place, ...(CITY_OF_PHRASE.has(place) ? [CITY_OF_PHRASE.get(place)!] : [])]).flatMap((place) => areaOf(place) ?? []));

  return (alert) => {
    const out = new Map<string, AreaSignal>();
    if (alert.msgType === 'cancel' || !alert.topics.some((topic) => topics.has(topic))) return out;
    const { tokens } = tokenize(`${alert.title}\n${alert.text}`);
    // A nationwide alert with a place set apart from it is read by its places alone.
    const nationwideAllowed = !tokens.some((token) => EXCEPT.has(token.word));
    const topicAreas = new Set(areas.filter((area) => alert.topics.includes(area.topic)));
    // Sentence by sentence, and past a contrast: "Для Київщини — відбій тривоги. У Києві тривога триває" clears the oblast
    // and keeps the city in alert; "Вибухи в Києві! Відбій для Житомирщини" clears nothing of Kyiv's. A sentence that names no place at all
    // speaks of the areas the update names elsewhere (or of the topic's own); where sentences disagree on an area, the
    // later one says what holds ("У Києві тривога. UPD: відбій").
    const said: { signal: AreaSignal; areas: Set<Area> | undefined }[] = [];
    const named = new Set<Area>();
    // A contrast word ends a stretch too: "Відбій у Києві, а на Київщині тривога триває" (not "а також", "as well as").
    // So does an exception after a stretch that names an area ("Відбій по Київській області, крім Фастівського району —
    // там тривога триває"), but not after one that names none: "Відбій у більшості областей, окрім Чернігівщини" says
    // nothing of Kyiv, as the whole sentence names no area of it.
    const ends = (at: number): boolean => {
      if (tokens[at]!.word === '') return true;
      const turn = turnAt(tokens, at);
      return turn === 'contrast' || (turn === 'exception' && areasOf(places.find(tokens.slice(from, at), [], { narrowest: false })).size > 0);
    };
    let from = 0;
    for (let at = 0; at <= tokens.length; at++) {
      if (at < tokens.length && !ends(at)) continue;
      const sentence = tokens.slice(from, at);
      from = at + 1;
      if (sentence.length === 0) continue;
      const hits = cues.find(sentence);
      const negatives = hits.filter((hit) => hit.group === NEGATIVE);
      const cancelled = overlapsAny(negatives);
      const clear = hits.some((hit) => hit.group === CLEAR && !cancelled(hit));
      const threat = hits.some((hit) => hit.group === THREAT && !cancelled(hit));
      const found = places.find(sentence, negatives, { narrowest: false });
      const nationwide = nationwideAllowed && hits.some((hit) => hit.group === NATIONWIDE && !cancelled(hit));
      const areasHere = nationwide ? new Set([...areasOf(found), ...topicAreas]) : areasOf(found);
      for (const area of areasHere) named.add(area);
      const signal: AreaSignal | undefined = clear ? 'clear' : threat && alert.severity === 'extreme' ? 'alert' : undefined;
      if (!signal) continue;
      // Places outside every area name none: a threat beside them ("Iranian-made drones", "launched from Bryansk") is
      // still the report's, but an all-clear that names only them is another region's and clears nothing here.
      if (signal === 'clear' && found.length > 0 && areasHere.size === 0) continue;
      said.push({ signal, areas: areasHere.size > 0 ? areasHere : undefined });
    }
    // Words that name no area are the channel's (its source read as a signature): a bare "Відбій тривоги" from the
    // oblast's administration clears the oblast, not the city.
    if (named.size === 0 && alert.source) {
      for (const area of areasOf(places.find(tokenize(signedText('', alert.source)).tokens, [], { narrowest: false }))) named.add(area);
    }
    // An extreme alert on the topic in words no cue knows ("Kyiv — down to the corridor, now. Three more launches.",
    // "Fastiv ← 2x shaheds from Zhytomyr obl."): the classifier found a live threat, so it declares one in the areas the
    // update names (or its topic's own), as a threat cue would. Not when any sentence gave a signal (an all-clear too).
    if (said.length === 0 && alert.severity === 'extreme') said.push({ signal: 'alert', areas: named.size > 0 ? named : undefined });
    for (const { signal, areas: where } of said) {
      for (const area of areas) {
        if (!alert.topics.includes(area.topic)) continue;
        const about = where ? where.has(area) : named.size > 0 ? named.has(area) : area.topicDefault === true;
        if (about) out.set(area.area, signal);
      }
    }
    return out;
  };
}
