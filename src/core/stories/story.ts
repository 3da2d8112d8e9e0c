/** Related coverage of one event, followed over time. */
export interface Story {
  id: string;
  title: string;
  /** UTC ISO of the earliest and latest article in it. */
  firstSeen: string;
  lastSeen: string;
  /** Original articles (not copies), oldest first. */
  articleIds: string[];
  /** Outlet names that reported it, copies included. */
  sources: string[];
  /**
   * Ids of the stories re-linked into this one (all hops): a digest that posted any of them has
   * posted this story, so it is not posted again under the survivor's id.
   */
  mergedFrom?: string[];
}
