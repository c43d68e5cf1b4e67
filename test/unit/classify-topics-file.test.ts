// Topics files: loading JSON and YAML, the fallback topic, and errors that name the file and the bad field.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/classify/classifier.js';
import { DEFAULT_TOPICS } from '../../src/classify/default-topics.js';
import { loadTopicsFile, MAX_TERMS_PER_LIST, parseTopicsFile, TopicsFileError } from '../../src/classify/topics-file.js';

const EXAMPLE = fileURLToPath(new URL('../fixtures/topics.example.yaml', import.meta.url));

async function tempFile(name: string, content: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sirena-topics-'));
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('loadTopicsFile', () => {
  it('returns the built-in topics when no file is named', async () => {
    expect(await loadTopicsFile(undefined)).toBe(DEFAULT_TOPICS);
  });

  it('reads the example YAML file, replacing the defaults and adding general', async () => {
    const topics = await loadTopicsFile(EXAMPLE);
    expect(topics.topics.map((topic) => topic.id)).toEqual(['kharkiv-air-raids', 'energy', 'general']);
    const classifier = createClassifier(topics);
    const result = classifier.classify({ text: 'Повітряна тривога в Харкові: прямуйте в укриття.' });
    expect(result).toMatchObject({ topics: ['kharkiv-air-raids'], severity: 'extreme' });
    expect(classifier.classify({ text: 'Talks in Geneva.' }).topics).toEqual(['general']);
  });

  it('reads JSON and keeps a general topic the file defines itself', async () => {
    const path = await tempFile(
      'topics.json',
      JSON.stringify({ topics: [{ id: 'general', name: 'Everything else' }, { id: 'floods', name: 'Floods', terms: ['flood*', 'повін*'] }] }),
    );
    const topics = await loadTopicsFile(path);
    expect(topics.topics.map((topic) => topic.id)).toEqual(['general', 'floods']);
    expect(createClassifier(topics).classify({ text: 'Повінь у Закарпатті' }).topics).toEqual(['floods']);
  });

  it('names the file and the bad field', async () => {
    const path = await tempFile('bad.yaml', 'topics:\n  - id: Kyiv Raids\n    name: x\n');
    await expect(loadTopicsFile(path)).rejects.toThrow(TopicsFileError);
    await expect(loadTopicsFile(path)).rejects.toThrow(/bad\.yaml: topics\.0\.id: topic ids are/);
  });

  it('rejects unknown fields, duplicate ids, bad severities and unknown rule topics', () => {
    expect(() => parseTopicsFile({ topics: [{ id: 'a', name: 'A', keywords: ['x'] }] }, 'f.json')).toThrow(/f\.json: topics\.0: Unrecognized key/);
    expect(() => parseTopicsFile({ topics: [{ id: 'a', name: 'A' }, { id: 'a', name: 'B' }] }, 'f.json')).toThrow(/topics\.1\.id: duplicate topic id "a"/);
    expect(() => parseTopicsFile({ topics: [{ id: 'a', name: 'A', defaultSeverity: 'huge' }] }, 'f.json')).toThrow(/topics\.0\.defaultSeverity/);
    expect(() =>
      parseTopicsFile({ topics: [{ id: 'a', name: 'A' }], severityRules: [{ name: 'r', severity: 'minor', terms: ['x'], topics: ['b'] }] }, 'f.json'),
    ).toThrow(/severityRules\.0\.topics\.0: unknown topic "b"/);
    expect(() => parseTopicsFile({ topics: [{ id: 'a', name: 'A', terms: ['x*'] }] }, 'f.json')).toThrow(/topics\.0\.terms\.0: a stem/);
    // A topic yields to another topic of the file, not to itself.
    expect(() => parseTopicsFile({ topics: [{ id: 'a', name: 'A', yields: [{ to: ['b'], terms: ['x'] }] }] }, 'f.json')).toThrow(
      /topics\.0\.yields\.0\.to\.0: unknown topic "b"/,
    );
    expect(() => parseTopicsFile({ topics: [{ id: 'a', name: 'A', yields: [{ to: ['a'], terms: ['x'] }] }] }, 'f.json')).toThrow(
      /topics\.0\.yields\.0\.to\.0: a topic does not yield to itself/,
    );
    // Every problem is told: a bad term beside a duplicate id, and each problem of one term (a good term known from an
    // earlier file is no excuse for a bad one).
    let message = '';
    try {
      parseTopicsFile({ topics: [{ id: 'a', name: 'A', terms: ['air raid', 'x*', '  '] }, { id: 'a', name: 'B' }] }, 'f.json');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/topics\.0\.terms\.1: a stem/);
    expect(message).toMatch(/topics\.0\.terms\.2: terms must not be empty; topics\.0\.terms\.2: a term needs at least one letter or digit/);
    expect(message).toMatch(/topics\.1\.id: duplicate topic id "a"/);
  });

  it('takes a list of up to MAX_TERMS_PER_LIST terms and refuses a longer one with its bound', () => {
    const terms = (count: number) => Array.from({ length: count }, (_, index) => `term ${index}`);
    expect(MAX_TERMS_PER_LIST).toBe(20_000);
    // Past the first bound (5,000), which the built-in live-threat negatives had nearly reached.
    const file = parseTopicsFile({ topics: [{ id: 'a', name: 'A', terms: ['air raid'], negative: terms(MAX_TERMS_PER_LIST) }] }, 'f.json');
    expect(file.topics[0]!.negative).toHaveLength(MAX_TERMS_PER_LIST);
    expect(() =>
      parseTopicsFile({ topics: [{ id: 'a', name: 'A' }], severityRules: [{ name: 'r', severity: 'minor', terms: ['x'], negative: terms(MAX_TERMS_PER_LIST + 1) }] }, 'f.json'),
    ).toThrow(/severityRules\.0\.negative: Too big: expected array to have <=20000 items/);
  });

  it('reads a lone "*" between two words of a term as any one word, never a break, and refuses it at either end', () => {
    const topics = parseTopicsFile(
      {
        topics: [{ id: 'floods', name: 'Floods', terms: ['повін*', 'flood*'] }],
        severityRules: [
          { name: 'evacuation', severity: 'extreme', terms: ['евакуац*', 'evacuation'], topics: ['floods'], unless: ['евакуацію в * завершено', 'evacuation of * * is over'] },
        ],
      },
      'f.json',
    );
    const classifier = createClassifier(topics);
    expect(classifier.classify({ text: 'Повінь: евакуацію в Ужгороді завершено.' }).severity).not.toBe('extreme');
    expect(classifier.classify({ text: 'Flood: evacuation of Bila Tserkva is over.' }).severity).not.toBe('extreme');
    expect(classifier.classify({ text: 'Flood: evacuation of Bila Tserkva under way.' }).severity).toBe('extreme');
    // Two words where the term takes one, and a sentence break where it takes a word: no match.
    expect(classifier.classify({ text: 'Повінь: евакуацію в Ужгороді та Мукачеві завершено.' }).severity).toBe('extreme');
    expect(classifier.classify({ text: 'Повінь: евакуацію в. Завершено.' }).severity).toBe('extreme');
    for (const term of ['* завершено', 'евакуацію *', '*', '(*) alert']) {
      expect(() => parseTopicsFile({ topics: [{ id: 'a', name: 'A', terms: [term] }] }, 'f.json')).toThrow(/topics\.0\.terms\.0: a lone "\*"/);
    }
  });

  it('lets a term stand beside a shorter negative it contains whole, and cancels one a negative reaches out of or equals', () => {
    const topics = parseTopicsFile(
      {
        topics: [{ id: 'lviv-strikes', name: 'Lviv strikes', terms: ['strikes'], places: ['Lviv', 'on Lviv will'], negative: ['Lviv will', 'Lviv-based', 'pressure on Lviv'] }],
      },
      'f.json',
    );
    const classifier = createClassifier(topics);
    // "on Lviv will" contains the negative "Lviv will" and is longer: the more specific reading stands.
    expect(classifier.classify({ text: 'Strikes on Lviv will continue, the Kremlin said.' }).topics).toEqual(['lviv-strikes']);
    // "Lviv" alone is inside the negative "Lviv will" (the government): cancelled.
    expect(classifier.classify({ text: 'Lviv will answer the strikes, the mayor said.' }).topics).toEqual(['general']);
    // A negative that reaches out of the place on either side, or equals it, still cancels it.
    expect(classifier.classify({ text: 'A Lviv-based analyst expects more strikes.' }).topics).toEqual(['general']);
    expect(classifier.classify({ text: 'More pressure on Lviv will come with the strikes.' }).topics).toEqual(['general']);
  });

  it('reads a rule with maxWords only in an update of at most that many words', () => {
    const topics = parseTopicsFile(
      {
        topics: [{ id: 'kharkiv-air-raids', name: 'Kharkiv', terms: ['шахед*'], places: ['харків*'] }],
        severityRules: [{ name: 'terse threat', severity: 'extreme', terms: ['шахед*'], with: ['харків*'], maxWords: 3 }],
      },
      'f.json',
    );
    const classifier = createClassifier(topics);
    expect(classifier.classify({ text: 'Харків — шахеди.' }).severity).toBe('extreme');
    expect(classifier.classify({ text: 'У Харкові музей показав уламки шахеда.' }).severity).toBe('unknown');
    expect(() =>
      parseTopicsFile({ topics: [{ id: 'a', name: 'A' }], severityRules: [{ name: 'r', severity: 'minor', terms: ['x'], maxWords: 0 }] }, 'f.json'),
    ).toThrow(/severityRules\.0\.maxWords/);
  });

  it('keeps a topic that excludeInSentence vetoes when another sentence reports a live threat', () => {
    const topics = parseTopicsFile(
      {
        topics: [{ id: 'kharkiv-air-raids', name: 'Kharkiv', terms: ['тривог*'], places: ['харків*', 'харков*'], excludeInSentence: ['графік* відключен*'] }],
        severityRules: [{ name: 'alert', severity: 'extreme', terms: ['оголошено тривогу'] }],
      },
      'f.json',
    );
    const classifier = createClassifier(topics);
    const live = classifier.classify({ text: 'Графіки відключень у Харкові на завтра: черги 1-3. У Харкові оголошено тривогу.' });
    expect(live.topics, live.reasons.join(' | ')).toEqual(['kharkiv-air-raids']);
    expect(live.reasons.join(' | ')).toMatch(/not excluded by 'Графіки відключень': a live threat said apart from it/);
    // The veto's own sentence, and a sentence without a live threat, stay vetoed.
    expect(classifier.classify({ text: 'Графіки відключень у Харкові після тривоги.' }).topics).toEqual(['general']);
    expect(classifier.classify({ text: 'Графіки відключень у Харкові. Тривог сьогодні було дві.' }).topics).toEqual(['general']);
  });

  it('counts an excludeInSentence veto only outside the topic\'s negatives, as an exclude veto (issue 16, forty-first round)', () => {
    const topics = parseTopicsFile(
      {
        topics: [{ id: 'kharkiv-air-raids', name: 'Kharkiv', terms: ['гучно'], places: ['харків*'], excludeInSentence: ['салют*'], negative: ['не вибухи а салют'] }],
      },
      'f.json',
    );
    const classifier = createClassifier(topics);
    // The negative covers the veto: the topic stands.
    expect(classifier.classify({ text: 'Харків: гучно, але то не вибухи, а салют.' }).topics).toEqual(['kharkiv-air-raids']);
    // Outside it the veto holds its sentence.
    expect(classifier.classify({ text: 'Харків: гучно, салют над набережною.' }).topics).toEqual(['general']);
  });

  it('holds a rule back by unlessUntilSaidAfter unless its term is said after the holding one', () => {
    const topics = parseTopicsFile(
      {
        topics: [{ id: 'kharkiv-air-raids', name: 'Kharkiv', terms: ['тривог*', 'відбій'], places: ['харків*', 'харкові', 'харківщин*'] }],
        severityRules: [
          { name: 'all-clear', severity: 'minor', terms: ['відбій'] },
          { name: 'alert goes on', severity: 'extreme', terms: ['тривога триває'], unlessUntilSaidAfter: ['відбій'] },
        ],
      },
      'f.json',
    );
    const classifier = createClassifier(topics);
    // Said after the all-clear for another area: live.
    const apart = classifier.classify({ text: 'На Харківщині відбій. У Харкові тривога триває.' });
    expect([apart.severity, apart.reasons.join(' | ')]).toEqual(['extreme', expect.stringMatching(/alert goes on 'тривога триває'/)]);
    // After a contrast in the all-clear's sentence: live. The all-clear after it (an update), or before it in its
    // sentence with no contrast between, holds it back.
    expect(classifier.classify({ text: 'На Харківщині відбій, але у Харкові тривога триває.' }).severity).toBe('extreme');
    expect(classifier.classify({ text: 'У Харкові тривога триває. Оновлення: відбій.' }).severity).toBe('minor');
    expect(classifier.classify({ text: 'На Харківщині відбій тривога триває в районах.' }).severity).toBe('minor');
    // A file without the field reads as before (the default is no term).
    expect(parseTopicsFile({ topics: [{ id: 'a', name: 'A' }], severityRules: [{ name: 'r', severity: 'minor', terms: ['x'] }] }, 'f.json').severityRules[0]!.unlessUntilSaidAfter).toEqual([]);
  });

  it('says when the file is missing, has the wrong extension or does not parse', async () => {
    await expect(loadTopicsFile('/nonexistent/topics.yaml')).rejects.toThrow(/topics file \/nonexistent\/topics\.yaml cannot be read/);
    await expect(loadTopicsFile(await tempFile('topics.txt', 'x'))).rejects.toThrow(/use a \.json, \.yaml or \.yml file/);
    await expect(loadTopicsFile(await tempFile('topics.json', '{nope'))).rejects.toThrow(/topics\.json is not valid JSON/);
  });
});
