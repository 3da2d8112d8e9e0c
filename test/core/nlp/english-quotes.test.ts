import { describe, expect, it } from 'vitest';
import { analyseText, quotesOf } from './analyse-text.js';

describe('English quotes and their speakers', () => {
  it('"X said" and "said X" name a listed official and give the actor', () => {
    expect(quotesOf('"We are working on it," Tomita said on Tuesday.')).toEqual([
      'We are working on it, → Koji Tomita (japan)',
    ]);
    expect(quotesOf('"The door is open," said Mark Rutte, the alliance chief.')).toEqual([
      'The door is open, → Mark Rutte (nato)',
    ]);
  });

  it('"X told CNN" with a title before the name', () => {
    expect(quotesOf('"No details are final," Foreign Minister Yoshimasa Hayashi told CNN.')).toEqual([
      'No details are final, → Yoshimasa Hayashi (japan)',
    ]);
  });

  it('an unseen speaker gets an affiliation from the title around the name', () => {
    expect(quotesOf('"Stop it," Chinese Defence Ministry spokesperson Zhang Wei told reporters.')).toEqual([
      'Stop it, → Zhang Wei (china)',
    ]);
    expect(quotesOf('Pat Lee, deputy assistant secretary of state, said it was "overstated."')).toEqual([
      'overstated. → Pat Lee (us)',
    ]);
    expect(quotesOf('"We are consulting," French Armed Forces Minister Paul Girard said.')).toEqual([
      'We are consulting, → Paul Girard (france)',
    ]);
  });

  it('an ambassador to the United States is not an American speaker', () => {
    const [statement] = analyseText('Japan\'s ambassador to the United States said the plan was "on track."');
    expect(statement?.actor).toBe('japan');
  });

  it('"he added" follows the last named speaker, "it said" stays unknown', () => {
    const text = [
      '"We welcome partners," Stoltenberg said.',
      'He added that the alliance was "open to talks."',
      'A joint statement was issued. It also said, "We note the risks."',
    ].join('\n\n');
    expect(quotesOf(text)).toEqual([
      'We welcome partners, → Jens Stoltenberg (nato)',
      'open to talks. → Jens Stoltenberg (nato)',
      'We note the risks. → ? (-)',
    ]);
  });

  it('a pronoun far from any name is left unknown rather than guessed', () => {
    const text = [
      '"First," Macron said.',
      'Filler one.',
      'Filler two.',
      'Filler three.',
      'He said "later."',
    ].join('\n\n');
    expect(quotesOf(text).at(-1)).toBe('later. → ? (-)');
  });

  it('institutional speakers: a spokesperson, a metonym, a statement', () => {
    expect(quotesOf('"We will not go into details," a NATO spokesperson told CNN in a statement.')).toEqual([
      'We will not go into details, → NATO spokesperson (nato)',
    ]);
    expect(quotesOf('Beijing warned against "group confrontation" in the region.')).toEqual([
      'group confrontation → Beijing (china)',
    ]);
  });

  it('a quote continued in the next paragraph keeps its speaker', () => {
    const text =
      'Kamikawa told parliament: "Our partnership is about information.\n\n"We welcome closer talks."';
    expect(quotesOf(text)).toEqual([
      'Our partnership is about information. → Yoko Kamikawa (japan)',
      'We welcome closer talks. → Yoko Kamikawa (japan)',
    ]);
  });

  it('a missing closing mark ends at the attribution', () => {
    const text =
      '"Asia is a place for cooperation, spokesperson Mao Ning said on Monday. "It is not a stage for blocs."';
    expect(quotesOf(text)).toEqual([
      'Asia is a place for cooperation → Mao Ning (china)',
      'It is not a stage for blocs. → Mao Ning (china)',
    ]);
  });

  it('a quote left open that only mentions someone saying something runs to the end of its paragraph', () => {
    expect(quotesOf('Kamikawa told reporters: "We met, and he said we would talk again')).toEqual([
      'We met, and he said we would talk again → Yoko Kamikawa (japan)',
    ]);
  });

  it('nested quotes belong to the outer quote, and apostrophes are not quotes', () => {
    const text = '“Japan’s view is that ‘partners’ matter,” Ishiba said.';
    expect(quotesOf(text)).toEqual(['Japan’s view is that ‘partners’ matter, → Shigeru Ishiba (japan)']);
  });

  it('a person named like a listed official but with another first name is not that official', () => {
    expect(quotesOf('"Interesting times," John Miller, a British analyst, said.')).toEqual([
      'Interesting times, → John Miller (-)',
    ]);
  });

  it('reported speech by a known actor becomes a statement without quotation marks', () => {
    const statements = analyseText(
      'Douglas Jones, a State Department official, said the talk was blown out of proportion. France opposed the idea. Macron objected.',
    );
    expect(statements.map((s) => [s.quote, s.speaker, s.actor, s.polarity])).toEqual([
      [false, 'Douglas Jones', 'us', 'doubt'],
      [false, 'France', 'france', 'oppose'],
      [false, 'Emmanuel Macron', 'france', 'oppose'],
    ]);
  });

  it('a paragraph’s quotes and reported sentences keep the order the text gives them', () => {
    // A summary built from them must not put "She added" before the sentence that names her.
    const statements = analyseText(
      'Beijing objected on Monday. "The region wants dialogue, not blocs," Chinese Foreign Ministry spokesperson Lin Mei said. ' +
        'She said Tokyo should not join any military bloc.',
    );
    expect(statements.map((s) => [s.quote, s.speaker])).toEqual([
      [false, 'Beijing'],
      [true, 'Lin Mei'],
      [false, 'Lin Mei'],
    ]);
  });

  it('every quote is an exact substring of the article', () => {
    const text = '“A,” he said. "B, said Lin Jian.\n\n‘C’ was the word, Xi said.';
    for (const statement of analyseText(text)) expect(text).toContain(statement.text);
  });

  it('an attribution that cannot be read leaves the speaker unknown instead of carrying the last one', () => {
    const text =
      '"We agree," Rutte said.\n\n"Not so fast," said one of the diplomats present, who asked for anonymity.';
    expect(quotesOf(text)).toEqual(['We agree, → Mark Rutte (nato)', 'Not so fast, → ? (-)']);
  });

  it('a relative clause after the name is not the title, and "the French leader" is the Frenchman just quoted', () => {
    const text =
      'Macron, who spoke in Paris, said it was "a mistake."\n\n"It is not the tool," the French leader said.';
    expect(quotesOf(text)).toEqual([
      'a mistake. → Emmanuel Macron (france)',
      'It is not the tool, → Emmanuel Macron (france)',
    ]);
  });

  it('another actor’s words inside a minister’s sentence are not the minister’s', () => {
    expect(
      quotesOf('Hayashi said Beijing\'s claim that NATO was "stirring up trouble" had no basis.'),
    ).toEqual(['stirring up trouble → ? (-)']);
  });

  it('former officials, scholars and analysts based in a capital do not speak for a government', () => {
    const text = [
      '"Long overdue," said Akira Mori, a former Japanese ambassador.',
      '"A modest step," said Ken Sato, a Tokyo-based analyst.',
      'Chinese scholar Li Hua said it was "symbolic."',
    ].join('\n\n');
    expect(quotesOf(text)).toEqual([
      'Long overdue, → Akira Mori (-)',
      'A modest step, → Ken Sato (-)',
      'symbolic. → Li Hua (-)',
    ]);
  });

  it('reported speech about another actor’s position is not taken as the speaker’s own', () => {
    expect(analyseText('U.S. officials said China opposed the plan.')).toEqual([]);
  });

  it('an aide speaks for the leader’s side, a rival does not', () => {
    const text = '"No objection," an aide to Macron said.\n\n"A blunder," a rival of Macron said.';
    expect(quotesOf(text)).toEqual(['No objection, → aide to Macron (france)', 'A blunder, → ? (-)']);
  });

  it('reported speech by someone who is not a followed actor is not kept', () => {
    expect(analyseText('Douglas Jones said the talk was blown out of proportion.')).toEqual([]);
  });
});
