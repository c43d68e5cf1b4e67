// Topic ids and the topic definitions the classifier and the API share.
import { z } from 'zod';

export const TOPIC_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

export const TopicIdSchema = z
  .string()
  .regex(TOPIC_ID_PATTERN, 'topic ids are 1-64 characters: a-z, 0-9 and "-", starting with a letter or digit');
export type TopicId = z.infer<typeof TopicIdSchema>;

/** The topic every update that matches no other topic falls into. */
export const FALLBACK_TOPIC = 'general';

/** What the API lists and what subscriptions are checked against. Classifier rules extend this (see src/classify). */
export const TopicSummarySchema = z.object({
  id: TopicIdSchema,
  name: z.string().min(1).max(200),
  description: z.string().max(2000).optional(),
});
export type TopicSummary = z.infer<typeof TopicSummarySchema>;

/** GET /v1/topics: every configured topic with how many alerts it has stored. */
export const TopicListSchema = z.object({
  topics: z.array(TopicSummarySchema.extend({ count: z.number().int().nonnegative() })),
});
export type TopicList = z.infer<typeof TopicListSchema>;
