import { describe, expect, it } from 'vitest';
import { quotesOf } from './analyse-text.js';

// Sentences written for these shapes (decision 0008, second pass); names are invented or listed.
// They show the rules work, not how they generalise (that is eval:quotes on polnear's check half).
const CASES: { shape: string; text: string; quotes: string[] }[] = [
  {
    shape: 'a quote opening its sentence is the previous sentence’s speaker or subject',
    text: 'Dana Whitfield, a researcher in Tokyo, agreed. "The plan has a long way to go."',
    quotes: ['The plan has a long way to go. → Dana Whitfield (-)'],
  },
  {
    shape: 'a straight mark with spaces on both sides closes the open quote',
    text: 'Dana Whitfield disagreed.\n\n"People ask, \'Is this wise?\' " Whitfield said.',
    quotes: ["People ask, 'Is this wise?' → Dana Whitfield (-)"],
  },
  {
    shape: 'a parenthetical attribution names the speaker of the clause around it',
    text: 'The drills, Hayashi said, were "regrettable and unnecessary."',
    quotes: ['regrettable and unnecessary. → Yoshimasa Hayashi (japan)'],
  },
  {
    shape: 'a quote inside the "that" clause of a verb of saying is the outer speaker’s report',
    text: 'Tomita said on Tuesday that Beijing had described the drills as "routine."',
    quotes: ['routine. → Koji Tomita (japan)'],
  },
  {
    shape: 'a dash and a name under a paragraph of quotes signs them',
    text: '"We will stand together with our partners."\n\n—Mark Rutte, at the summit.',
    quotes: ['We will stand together with our partners. → Mark Rutte (nato)'],
  },
  {
    shape: 'a name after a preposition is never the speaker',
    text: '"This will be a test" for Tokyo, said Dana Whitfield.',
    quotes: ['This will be a test → Dana Whitfield (-)'],
  },
  {
    shape: 'the subject of a plain copula said nothing (no speaker, and no actor from its words)',
    text: 'The paradox of Rutte, says one diplomat, is that he is "too patient."',
    quotes: ['too patient. → ? (-)'],
  },
];

describe('speakers read from the sentences around a quote', () => {
  it.each(CASES)('$shape', ({ text, quotes }) => {
    expect(quotesOf(text)).toEqual(quotes);
  });
});
