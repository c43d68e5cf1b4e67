// The classifier's interface: what the worker (and ingest, for queue priority) calls. Implementations are pure.
import type { Severity } from '../core/severity.js';
import type { TopicSummary } from '../core/topic.js';

/** What the classifier reads of an update. `topics`/`severity` are publisher hints. */
export interface ClassifiableUpdate {
  text: string;
  title?: string | undefined;
  lang?: string | undefined;
  topics?: readonly string[] | undefined;
  severity?: Severity | undefined;
}

export interface Classification {
  /** At least one topic; the fallback topic ("general") when no rule matched and no hint was given. */
  topics: string[];
  severity: Severity;
  /** Human-readable: which rule fired on which words, e.g. "matched 'drone attack' + 'Kyiv'". */
  reasons: string[];
}

export interface Classifier {
  /** The configured topics (including the fallback topic), in display order. */
  readonly topics: readonly TopicSummary[];
  /** Classifies one update. Pure and synchronous: cheap enough to call at ingest too. */
  classify(update: ClassifiableUpdate): Classification;
}
