import type { Polarity } from './article-analysis.js';

type CueClass = Exclude<Polarity, 'none'>;

// Order matters: a longer or negated cue is matched first and masks the shorter one inside it
// ("does not welcome" is opposition, not support). Kept small and explicit: each entry is a
// phrase journalists use when reporting a government's position on a proposal.
const LEXICON: [RegExp, CueClass][] = [
  [/\b(?:declin\w*|refus\w*|chose|chosen|choosing) (?:not )?to (?:comment|discuss|confirm)\w*/gi, 'neutral'],
  [/\b(?:won't|will not|would not|did not|does not|not) (?:go into|discuss|comment|confirm)\w*/gi, 'neutral'],
  [/\bno comment\b|\bin due course\b|\bdeliberations\b|\bno final (?:confirmation|decision)\b/gi, 'neutral'],
  [/コメントを控え|言及を避け|明言を避け|回答を控え|詳細は明らかにしなかった/g, 'neutral'],
  [
    /\bblown (?:\w+ )?out of proportion|\bnot actively\b|\boverstat\w*|\bexaggerat\w*|\bskeptic\w*|\bsceptic\w*/gi,
    'doubt',
  ],
  [/\bdoubts?\b|\bunnecessary\b|\bnot (?:necessary|needed)\b|\bpremature\b/gi, 'doubt'],
  [/誇張|疑問|時期尚早|慎重|大きくなりすぎ|過大評価/g, 'doubt'],
  [/\b(?:does|do|did|would|will) not (?:welcome|support|accept)\w*|\bunacceptable\b/gi, 'oppose'],
  [/\bno objections?\b|\bnot oppos\w*/gi, 'support'],
  [/\b(?:do|does|did) not see the need\b|\bno need\b|必要性は感じない|必要ない|不要/gi, 'oppose'],
  [
    /\bblock(?:s|ed|ing)?\b|\bveto\w*|\boppos\w*|\bobject(?:ed|ion|ions|s)\b|\breject\w*|\bdisapprov\w*|\bcondemn\w*|\bprotest\w*/gi,
    'oppose',
  ],
  [
    /\bgroup confrontation\b|\bhigh vigilance\b|\bvigilan\w*|\bconcerns?\b|\bundermin\w*|\bangrily\b|\bsharply\b|\b(?:does|do) not need\b/gi,
    'oppose',
  ],
  [
    /\beastward (?:expansion|push)\b|\binterference\b|\bprovocat\w*|\bcold war (?:mentality|thinking)\b|\bbloc confrontation\b/gi,
    'oppose',
  ],
  [/\bnot the (?:right |best )?(?:tool|forum|place|venue|answer|framework)\b/gi, 'oppose'],
  [/\bheighten\w* tensions?\b|\bescalat\w*|\bbloc politics\b/gi, 'oppose'],
  [/慎むべき|批判|反対|懸念|警戒|反発|抗議|非難|容認できない|対立をあおる|陣営対立/g, 'oppose'],
  [
    /\bwork\w* (?:towards?|in that direction)\b|\bwelcom\w*|\bsupport\w*|\bin favou?r of\b|\bendorse\w*/gi,
    'support',
  ],
  [
    /\blooking forward\b|\bcloser alignment\b|\bengaging in\b|\balready in discussions\b|\bback(?:s|ed)\b|\bpraised?\b/gi,
    'support',
  ],
  [
    /\bdeepen\w*|\bstrengthen\w*|\bopen to\b|\b(?:closer|deeper|more) (?:cooperation|ties|partnership)\b/gi,
    'support',
  ],
  [/歓迎|支持|推進|前向き|賛成|期待|調整を進め|深め|強化/g, 'support'],
];

const PRIORITY: CueClass[] = ['oppose', 'doubt', 'support', 'neutral'];

/** The cue phrases in a text and the polarity they add up to. */
export function findCues(text: string): { polarity: Polarity; cues: string[] } {
  const taken: [number, number][] = [];
  const counts: Record<CueClass, number> = { oppose: 0, doubt: 0, support: 0, neutral: 0 };
  const cues: string[] = [];
  for (const [pattern, cueClass] of LEXICON) {
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if (taken.some(([s, e]) => m.index < e && end > s)) continue;
      taken.push([m.index, end]);
      counts[cueClass] += 1;
      cues.push(m[0]);
    }
  }
  return { polarity: strongest(counts), cues };
}

// Neutral wording ("declined to comment") sets the polarity only when nothing leans either way.
function strongest(counts: Record<CueClass, number>): Polarity {
  let best: Polarity = 'none';
  let bestCount = 0;
  for (const cueClass of PRIORITY) {
    if (cueClass === 'neutral' && best !== 'none') break;
    if (counts[cueClass] > bestCount) {
      best = cueClass;
      bestCount = counts[cueClass];
    }
  }
  return best;
}
