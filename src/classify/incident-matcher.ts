// The incident threading interface: which earlier alert (if any) reports the same event as a new one.

/** A recent stored alert that a new one may belong with. */
export interface IncidentCandidate {
  id: string;
  incidentId: string;
  topics: readonly string[];
  title: string;
  text: string;
  publishedAt: string;
}

/** The new alert, as far as threading needs it. */
export interface IncidentProbe {
  topics: readonly string[];
  title: string;
  text: string;
  publishedAt: string;
}

export interface IncidentMatch {
  incidentId: string;
  /** For reasons[], e.g. "same incident as 01J…: shared 'drone attack', 'Kyiv' (similarity 0.62)". */
  reason: string;
}

export interface IncidentMatcher {
  /** The incident the probe belongs to, or null for a new incident. Pure. */
  match(probe: IncidentProbe, candidates: readonly IncidentCandidate[]): IncidentMatch | null;
}
