// The term index (src/classify/term-index.ts): every hit of every term of many lists, whole words, stems and a lone `*`,
// in token order, and at one token in a fixed order of the terms (the rules read some lists' first hit).
import { describe, expect, it } from 'vitest';
import { compileTerm, createTermIndex, tokenize } from '../../src/classify/term-index.js';

const hitsIn = (index: ReturnType<typeof createTermIndex>, text: string) =>
  index.find(tokenize(text).tokens).map(({ group, term, start, end }) => `${group}:${term}@${start}-${end}`);

describe('the term index', () => {
  it('compiles a term to the words and stems an update is read as, plain terms and the rest alike', () => {
    const words = (term: string) => compileTerm(term).map(({ text, prefix }) => (prefix ? `${text}*` : text)).join('|');
    // Plain terms (lower-case Latin or Cyrillic words, stems and lone `*`s between single spaces).
    expect(words('тривог* в * завершено')).toBe('тривог*|в|*|завершено');
    expect(words('air raid 2')).toBe('air|raid|2');
    expect(words('а҈б')).toBe('а҈б'); // a Cyrillic enclosing mark stays inside its word
    // The rest: capitals, hyphens, apostrophes and possessives, doubled or outer spaces, signs, full-width letters.
    expect(words('Air-Raid  ALERT ')).toBe('air|raid|alert');
    expect(words("п'ять Kyiv's київ’ський")).toBe("п'ять|kyiv|київ'ський");
    expect(words('҂тривога * *')).toBe('тривога|*|*');
    expect(words('ｋｙｉｖ*')).toBe('kyiv*');
    expect(words('x*y')).toBe('x*|y');
    // Compiled once: the same term in another index reads the same words.
    expect(compileTerm('тривог* в * завершено')).toBe(compileTerm('тривог* в * завершено'));
  });

  it('finds words, stems and phrases that share their first words, each as far as it goes', () => {
    const index = createTermIndex([['air raid', 'air raid alert', 'air raid alert in kyiv'], ['тривог*', 'тривог* в киє*', 'alert*']]);
    expect(hitsIn(index, 'Air raid alert in Kyiv now')).toEqual(['0:air raid@0-2', '0:air raid alert@0-3', '0:air raid alert in kyiv@0-5', '1:alert*@2-3']);
    expect(hitsIn(index, 'Тривога в Києві, тривоги')).toEqual(['1:тривог*@0-1', '1:тривог* в киє*@0-3', '1:тривог*@3-4']);
    // Not across a sentence's end, not a word that only starts like a phrase's word.
    expect(hitsIn(index, 'Air. Raid alert; air raids')).toEqual(['1:alert*@3-4']);
  });

  it('reads a lone `*` as one word of the same clause that is no negation', () => {
    const index = createTermIndex([['alert in * lifted', 'тривогу в * скасовано']]);
    expect(hitsIn(index, 'The alert in Kyiv lifted')).toEqual(['0:alert in * lifted@1-5']);
    expect(hitsIn(index, 'тривогу в Києві скасовано')).toEqual(['0:тривогу в * скасовано@0-4']);
    expect(hitsIn(index, 'тривогу в Києві не скасовано; тривогу в не скасовано')).toEqual([]);
    expect(hitsIn(index, "alert in Kyiv, lifted; alert in, Kyiv lifted; alert in isn't lifted")).toEqual([]);
    expect(() => createTermIndex([['* alert']])).toThrow(/cannot start with "\*"/);
  });

  it('gives a term in many lists a hit for each, and orders the hits at one token as the lists and stems say', () => {
    // At one token: terms whose first word is a word (in the order the lists first name them), then those whose first
    // word is a stem (shorter stems first), then those of two first words.
    const index = createTermIndex([
      ['kyiv region', 'kyi* r*'],
      ['ky* region', 'kyiv', 'kyiv region'],
      ['kyiv r*'],
    ]);
    expect(hitsIn(index, 'Kyiv region')).toEqual([
      '1:kyiv@0-1',
      '2:kyiv r*@0-2',
      '1:ky* region@0-2',
      '0:kyi* r*@0-2',
      '0:kyiv region@0-2',
      '1:kyiv region@0-2',
    ]);
    expect(hitsIn(index, 'in the Kyiv region')).toEqual(hitsIn(index, 'Kyiv region').map((hit) => hit.replace(/@(\d+)-(\d+)/, (_, a, b) => `@${+a + 2}-${+b + 2}`)));
  });

  it('finds alike whatever updates built its trie before, with stems of several lengths deep in a phrase', () => {
    const lists = [['air raid alert*', 'air raid al*', 'air raid a* in', 'air raid'], ['air raid alert* in kyiv', 'air raid alert*', 'air raid alert*']];
    const text = 'Air raid alerts in Kyiv; air raid all over; air raid';
    const fresh = hitsIn(createTermIndex(lists), text);
    // Another index, first reached by other words (so part of its trie is built before the text comes).
    const warmed = createTermIndex(lists);
    hitsIn(warmed, 'air raid');
    hitsIn(warmed, 'air raid alert');
    expect(hitsIn(warmed, text)).toEqual(fresh);
    // Every term here starts with two words: at one token, in the order the lists first name them.
    expect(fresh).toEqual([
      '0:air raid alert*@0-3',
      '1:air raid alert*@0-3',
      '0:air raid al*@0-3',
      '0:air raid a* in@0-4',
      '0:air raid@0-2',
      '1:air raid alert* in kyiv@0-5',
      '0:air raid al*@6-9',
      '0:air raid@6-8',
      '0:air raid@11-13',
    ]);
  });

  it('reads a word that mixes Latin look-alike letters into Cyrillic as Cyrillic, and a word of one script as written', () => {
    // "Kиїв" and "Хaркiв" with a Latin K, a, i (as pasted or typed on the wrong layout); "Kyiv", "Київ", "iPhone" stay.
    expect(tokenize('Kиїв, Хaркiв: Kyiv Київ iPhone 3Д').tokens.map((token) => token.word)).toEqual(['київ', 'харків', 'kyiv', 'київ', 'iphone', '3д']);
    const index = createTermIndex([['київ', 'харків']]);
    expect(hitsIn(index, 'Вибухи у Kиїв і Хaркiв')).toEqual(['0:київ@2-3', '0:харків@4-5']);
  });
  it('reads a Latin "ï" among Cyrillic letters as "ї", and leaves it in a Latin word', () => {
    // "Kиïв" (Latin K and ï), "Києві ïде" (ï alone among Cyrillic letters); "naïve" is English.
    expect(tokenize('Kиïв. Києві ïде тривога, naïve').tokens.map((token) => token.word)).toEqual(['київ', '', 'києві', 'їде', 'тривога', 'naïve']);
  });
});

describe('tokenize: "a.m." and "p.m." (issue 16, forty-first round)', () => {
  const words = (text: string) => tokenize(text).tokens.map((token) => token.word || '|').join(' ');
  it('ends no sentence at the points of a time of day the sentence goes on past', () => {
    expect(words('Sirens sounded just before 2:30 p.m., less than two hours after the all-clear')).toBe('sirens sounded just before 2 30 p m less than two hours after the all clear');
    expect(words('At 9 A.M. on Monday')).toBe('at 9 a m on monday');
  });
  it('still ends one where a capital follows, or the text does', () => {
    expect(words('at 2 p.m. Sirens sounded')).toBe('at 2 p m | sirens sounded');
    expect(words('The attack ended at 6 a.m.')).toBe('the attack ended at 6 a m |');
    expect(words('Map. Main')).toBe('map | main');
  });
});
