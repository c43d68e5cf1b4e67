// Classifier: topics and severity on hand-written English and Ukrainian updates, hints, reasons and priorities.
import { describe, expect, it } from 'vitest';
import { createClassifier, priorityOf } from '../../src/classify/classifier.js';
import { DEFAULT_TOPICS } from '../../src/classify/default-topics.js';

const classifier = createClassifier(DEFAULT_TOPICS);
const classify = (text: string, extra: Parameters<typeof classifier.classify>[0] extends infer U ? Partial<U> : never = {}) =>
  classifier.classify({ text, ...extra });

describe('createClassifier with the built-in topics', () => {
  it('lists the default topics with general last', () => {
    expect(classifier.topics.map((topic) => topic.id)).toEqual(['kyiv-air-raids', 'diplomacy', 'troops', 'general']);
  });

  it.each([
    ['Sirens sound across Kyiv as an air-raid alert is declared; residents should take shelter.', ['kyiv-air-raids'], 'extreme'],
    ['У Києві оголошено повітряну тривогу, прямуйте в укриття.', ['kyiv-air-raids'], 'extreme'],
    ['Foreign ministers of two Nordic states met for talks on a new package of sanctions.', ['diplomacy'], 'minor'],
    ['Міністри закордонних справ провели переговори щодо санкцій.', ['diplomacy'], 'minor'],
    ['Two more mechanised brigades have been deployed to the eastern front line.', ['troops'], 'moderate'],
    ['Нові бригади ЗСУ перекинуто на фронт.', ['troops'], 'moderate'],
    ['A cat show opened in a Lviv gallery.', ['general'], 'unknown'],
  ] as const)('%s → %j %s', (text, topics, severity) => {
    const result = classify(text);
    expect(result.topics).toEqual(topics);
    expect(result.severity).toBe(severity);
  });

  it('explains topic and severity with the words that fired', () => {
    const result = classify('Drone attack on Kyiv overnight: two people wounded.');
    expect(result.reasons).toContain("topic kyiv-air-raids: matched 'Drone attack' + 'Kyiv'");
    expect(result.reasons).toContain("severity severe: casualties 'wounded'");
  });

  it('does not take "Kyiv-based" for a place under attack', () => {
    const result = classify('A Kyiv-based analyst said the talks could see missile strikes paused.');
    expect(result.topics).not.toContain('kyiv-air-raids');
    expect(result.topics).toContain('diplomacy');
  });

  it('matches Ukrainian inflections and both apostrophes', () => {
    expect(classify('Вибухи у Києві: працює ППО').topics).toEqual(['kyiv-air-raids']);
    expect(classify('Уламки дрона впали на Київщині').topics).toEqual(['kyiv-air-raids']);
    expect(classify('Атака дронів на Солом’янський район').topics).toEqual(['kyiv-air-raids']);
    expect(classify("Атака дронів на Солом'янський район").topics).toEqual(['kyiv-air-raids']);
  });

  it('takes the all-clear for minor', () => {
    expect(classify('Відбій повітряної тривоги у Києві.').severity).toBe('minor');
    expect(classify('All clear in Kyiv: the air-raid alert is over.').severity).toBe('minor');
  });

  it('adds publisher topic hints, ignores unknown ones and never keeps general beside another topic', () => {
    const result = classify('A cat show opened in a Lviv gallery.', { topics: ['diplomacy', 'no-such-topic'] });
    expect(result.topics).toEqual(['diplomacy']);
    expect(result.reasons).toContain('topic diplomacy: publisher hint');
  });

  it('lets a severity hint raise but never lower', () => {
    const raised = classify('Ministers held talks in Geneva.', { severity: 'severe' });
    expect(raised.severity).toBe('severe');
    expect(raised.reasons.some((reason) => reason.includes('publisher hint'))).toBe(true);
    expect(classify('Air-raid alert in Kyiv, take shelter.', { severity: 'minor' }).severity).toBe('extreme');
  });

  it('maps severities to BullMQ priorities, most severe first', () => {
    expect(['extreme', 'severe', 'moderate', 'minor', 'unknown'].map((s) => priorityOf(s as never))).toEqual([1, 2, 3, 4, 5]);
  });
});
