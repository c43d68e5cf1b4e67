// Warms the classifier before a process says it is ready: the first real update must not pay for lazy compilation.
import type { ClassifiableUpdate, Classifier } from './classifier.js';

/**
 * Made-up updates that reach every part of the default rules (air raids, impact, diplomacy, troops, all-clear, the
 * fallback) in English and Ukrainian; with other topics they still run the tokenizer and every term group.
 */
export const WARM_UP_UPDATES: readonly ClassifiableUpdate[] = [
  { text: 'Air-raid alert in Kyiv: drones inbound from the north, air defence is working, take shelter now', lang: 'en' },
  { text: 'Overnight drone attack on Kyiv: fires in two districts, three people wounded, rescuers at work', lang: 'en' },
  { text: 'Foreign ministers met in Geneva and discussed a ceasefire; the talks will continue next week', lang: 'en' },
  { text: 'A new brigade was deployed to the eastern front line, the general staff said', lang: 'en' },
  { text: 'All clear in Kyiv: the air-raid alert is over', lang: 'en' },
  { text: 'Повітряна тривога у Києві: ударні дрони з півночі, працює ППО, залишайтеся в укриттях', lang: 'uk' },
  { text: 'Внаслідок нічної атаки на Київ пошкоджено будинки, є поранені', lang: 'uk' },
  { text: 'Міністри закордонних справ зустрілися в Женеві', lang: 'uk' },
  { text: 'Weather: light rain and 8 degrees tomorrow', title: 'Forecast', severity: 'minor' },
];

/** Rounds of the samples: enough for V8 to compile the hot paths, a few milliseconds in all. */
const WARM_UP_ROUNDS = 20;

/**
 * Classifies the samples a few times, with and without reasons (ingest asks for none, workers for them).
 * @example warmUpClassifier(classifier); // before the process reports ready
 */
export function warmUpClassifier(classifier: Classifier): void {
  for (let round = 0; round < WARM_UP_ROUNDS; round += 1) {
    for (const update of WARM_UP_UPDATES) classifier.classify(update, { explain: round % 2 === 0 });
  }
}
