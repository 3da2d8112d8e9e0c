/**
 * Our own reports of one invented event: a short early bulletin, then two fuller reports that match
 * each other better than either matches the bulletin (it scores under the join threshold against
 * each). Only re-linking can put the bulletin with them. Times are UTC; the bulletin's is the test's.
 */
export const FERRY_BULLETIN = {
  key: 'bulletin',
  title: 'Ferry missing in storm',
  text: 'A ferry lost contact during a storm near Tsushima, the coast guard said.',
};

export const FERRY_FULL_REPORTS = [
  {
    key: 'first-full',
    publishedAt: '2025-05-06T14:00:00Z',
    title: 'Divers reach the Kaiun Maru as storm eases in the strait',
    text:
      'Coast guard divers reached the hull of the Kaiun Maru on Tuesday evening after the storm in the Tsushima Strait eased. ' +
      'Captain Reiko Anzai, who leads the rescue, said 31 of the 40 passengers had been lifted off by helicopter and nine were missing.',
  },
  {
    key: 'second-full',
    publishedAt: '2025-05-07T06:00:00Z',
    title: 'Nine still missing from the Kaiun Maru, says rescue chief Anzai',
    text:
      'Captain Reiko Anzai said on Wednesday that divers would search the hull of the Kaiun Maru again at first light. ' +
      'The ferry, carrying 40 passengers near Tsushima, lost contact with the coast guard during Tuesday’s storm; 31 were rescued by helicopter.',
  },
] as const;
