import { describe, expect, it } from 'vitest';
import { datelineLength, isFurniture, stripHouseStyle } from '../../../src/core/text/house-style.js';

const afterDateline = (paragraph: string) => paragraph.slice(datelineLength(paragraph));

describe('house style', () => {
  it('recognises the datelines of wires and papers in English and Japanese', () => {
    expect(afterDateline('TOKYO, July 3 (Reuters) - Japan said on Monday it would...')).toBe(
      'Japan said on Monday it would...',
    );
    expect(afterDateline('WASHINGTON (AP) — The Senate voted...')).toBe('The Senate voted...');
    expect(afterDateline('SEOUL, South Korea -- North Korea fired...')).toBe('North Korea fired...');
    expect(afterDateline('NEW DELHI, Oct. 12, 2023 (Xinhua) -- India and...')).toBe('India and...');
    expect(afterDateline('Tokyo, March 5 (Jiji Press)--Prime Minister...')).toBe('Prime Minister...');
    expect(afterDateline('Brussels (AFP) - Allies agreed...')).toBe('Allies agreed...');
    expect(afterDateline('【ワシントン=共同】米政府は...')).toBe('米政府は...');
    expect(afterDateline('【東京】政府は...')).toBe('政府は...');
  });

  it('leaves an ordinary opening sentence alone', () => {
    for (const paragraph of [
      'Japan and NATO agreed on Tuesday to deepen cooperation.',
      'Police said the man - a 34-year-old - was arrested.',
      'The Pentagon said: "We support it."',
      '政府は14日、方針を決めた。',
    ])
      expect(datelineLength(paragraph)).toBe(0);
  });

  it('recognises bylines, credits, captions and share lines as furniture, not the report', () => {
    for (const line of [
      'By Jane Doe',
      'By JANE DOE and JOHN ROE, Staff Writers',
      '(Reporting by Jane Doe; Editing by John Roe)',
      'Additional reporting by Kim Lee in Seoul',
      'Photo: Prime Minister at the summit (Pool)',
      'FILE PHOTO: Soldiers march in Tokyo',
      'Officers at the scene on Tuesday. (AP Photo/Jane Doe)',
      'Read more: the alliance and Asia',
      'Share this article',
      'Copyright 2024 The Daily Example',
      '（共同）',
    ])
      expect(isFurniture(line), line).toBe(true);
    for (const line of [
      'By the end of the week, the talks had stalled.',
      'Police said the victim was shot twice.',
      'Share prices fell sharply after the announcement of the merger between the two groups on Monday.',
    ])
      expect(isFurniture(line), line).toBe(false);
  });

  it('recognises a rights notice however it opens, and not a report about rights', () => {
    const notice =
      '(TM and © Copyright 2019 Example Radio Inc. and its relevant subsidiaries. EXAMPLE RADIO and ' +
      'its logo TM and Copyright 2019 Example Broadcasting Inc. Used under license. All Rights ' +
      'Reserved. This material may not be published, broadcast, rewritten, or redistributed. The ' +
      'Associated Press contributed to this report.)';
    expect(isFurniture(notice)).toBe(true);
    expect(isFurniture('© 2024 共同通信社 無断転載禁止')).toBe(true);
    expect(isFurniture('The court said the files may not be published until the trial ends.')).toBe(false);
    expect(
      isFurniture('The union said workers had the right to strike, a right the company has long contested.'),
    ).toBe(false);
  });

  it('strips the furniture and the dateline from a report and keeps the rest', () => {
    const text =
      'By Jane Doe\n\nTOKYO, July 3 (Reuters) - Japan said it would...\n\nShare this\n\nSecond paragraph.';
    expect(stripHouseStyle(text)).toBe('Japan said it would...\n\nSecond paragraph.');
  });
});
