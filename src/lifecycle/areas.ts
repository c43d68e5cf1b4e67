// The areas whose air-raid state Sirena keeps: each a place of the gazetteer, on the topic its alerts come on.
export interface Area {
  /** Stable id, e.g. "kyiv-city". */
  area: string;
  name: string;
  /** Alerts on this topic may change the area's state. */
  topic: string;
  /** Its place in the classifier's gazetteer (src/classify/place-names.ts). */
  place: string;
  parent?: string;
  /** The area a report on its topic is about when it names no area at all (one per topic). */
  topicDefault?: boolean;
}

/** Kyiv city and Kyiv oblast: separate areas, as the official alert service keeps them. */
export const DEFAULT_AREAS: readonly Area[] = [
  { area: 'kyiv-city', name: 'Kyiv', topic: 'kyiv-air-raids', place: 'kyiv', topicDefault: true },
  { area: 'kyiv-oblast', name: 'Kyiv Oblast', topic: 'kyiv-air-raids', place: 'kyiv-oblast' },
];
