import type { Stance } from '../positions/positions-report.js';

/** One story as a digest shows it. */
export interface DigestStory {
  id: string;
  headline: string;
  /** The link of the story's first article. */
  url: string;
  /** The first sentence of the first article, shortened at a word. */
  lead: string;
  /** Outlet of the first article. */
  source: string;
  /** How many other outlets reported it ("also reported by N outlets"). */
  otherOutlets: number;
  lastSeen: string;
}

/** An actor whose stance on a story differs between the latest timeline period and the one before. */
export interface PositionMove {
  storyId: string;
  storyTitle: string;
  actor: string;
  from: Stance;
  to: Stance;
  /** The latest period ("2024-05"). */
  period: string;
}

/** A platform-neutral digest; `digestReply` turns it into a Reply. */
export interface Digest {
  since: string;
  until: string;
  /** Most covered first. */
  stories: DigestStory[];
  positionsMoved: PositionMove[];
}
