import { z } from 'zod';
import { citationSchema, questionSchema, type QuestionBank } from './types';

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
        questions: z.array(
          questionSchema
            .pick({ id: true, type: true, stem: true, options: true, answer: true, explanation: true })
            .extend({ citations: z.array(citationSchema.strict()).min(1) })
            .strict(),
        ),
      }).strict(),
    ),
  })
  .strict();
export type BankExport = z.infer<typeof bankExportSchema>;

export type ExportSource = { slug: string; title: string; passages: { id: string; text: string }[] };

/** Shapes the bank as the contract says: only the listed fields, in the listed order. */
export function toBankExport(bank: QuestionBank, sources: ExportSource[]): BankExport {
  return {
    sources: sources.map((s) => ({ slug: s.slug, title: s.title, passages: s.passages.map((p) => ({ id: p.id, text: p.text })) })),
    modules: bank.modules.map((m) => ({
      slug: m.slug,
      title: m.title,
      questions: m.questions.map((q) => ({
        id: q.id,
        type: q.type,
        stem: q.stem,
        options: q.options,
        answer: q.answer,
        explanation: q.explanation,
        citations: q.citations.map((c) => ({ passage: c.passage, quote: c.quote })),
      })),
    })),
  };
}
