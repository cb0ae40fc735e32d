import * as z from 'zod/mini';

/**
 * A sentence as a message key and its substitutions, beside the English text core builds, so each face
 * can say it in its own language (components/phrase.ts). A substitution is text (numbers already written
 * as the English text writes them: "1,234", "20:00") or a phrase of its own (a stage's name, an action).
 * The keys are the message catalogues' (public/_locales); a face that does not know one shows the English.
 */
export type Phrase = { key: string; params: (string | Phrase)[] };

export const phraseSchema: z.ZodMiniType<Phrase> = z.object({
  key: z.string(),
  get params() {
    return z.array(z.union([z.string(), phraseSchema]));
  },
});

export const phrase = (key: string, ...params: (string | Phrase)[]): Phrase => ({ key, params });
