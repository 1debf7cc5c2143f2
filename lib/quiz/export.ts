import { z } from 'zod';
import { citationSchema, questionPartSchema, questionSchema, type QuestionBank } from './types';

/** The question-bank export of ../shared/design.md ("contract: the question-bank export"). */
export const bankExportSchema = z
  .object({
    sources: z.array(
      z.object({
        slug: z.string().min(1),
        title: z.string().min(1),
        passages: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+#p[1-9]\d*$/), text: z.string().min(1) }).strict()),
      }).strict(),
    ),
    modules: z.array(
      z.object({
        slug: z.string().min(1),
        title: z.string().min(1),
        /** What a student can do afterwards; a question's `objective` indexes this list. */
        objectives: z.array(z.string().min(1)),
        questions: z.array(
          questionSchema
            .pick({ id: true, type: true, stem: true, options: true, answer: true, explanation: true, prompts: true, accepted: true, alternates: true })
            .extend({
              citations: z.array(citationSchema.strict()).min(1),
              objective: z.number().int().nonnegative(),
              skill: z.enum(['recall', 'understand', 'analyse']),
              parts: questionPartSchema.extend({ citations: z.array(citationSchema.strict()).min(1) }).strict().optional(),
            })
            .strict(),
        ),
      }).strict(),
    ),
  })
  .strict();
export type BankExport = z.infer<typeof bankExportSchema>;

export type ExportSource = { slug: string; title: string; passages: { id: string; text: string }[] };

const cite = (c: { passage: string; quote: string }) => ({ passage: c.passage, quote: c.quote });

/**
 * Shapes the bank as the contract says: only the listed fields, in the listed order; optional
 * fields (prompts, accepted, alternates, parts) only where the question has them.
 */
export function toBankExport(bank: QuestionBank, sources: ExportSource[]): BankExport {
  return {
    sources: sources.map((s) => ({ slug: s.slug, title: s.title, passages: s.passages.map((p) => ({ id: p.id, text: p.text })) })),
    modules: bank.modules.map((m) => ({
      slug: m.slug,
      title: m.title,
      objectives: m.objectives,
      questions: m.questions.map((q) => ({
        id: q.id,
        type: q.type,
        stem: q.stem,
        options: q.options,
        answer: q.answer,
        explanation: q.explanation,
        citations: q.citations.map(cite),
        objective: q.objective ?? 0,
        skill: q.skill ?? 'recall',
        ...(q.prompts ? { prompts: q.prompts } : {}),
        ...(q.accepted ? { accepted: q.accepted } : {}),
        ...(q.alternates ? { alternates: q.alternates } : {}),
        ...(q.parts ? { parts: { stem: q.parts.stem, options: q.parts.options, answer: q.parts.answer, citations: q.parts.citations.map(cite) } } : {}),
      })),
    })),
  };
}
