import { z } from 'zod';

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');

/** A passage id: `<source-slug>#p<n>`, n from 1. */
export const passageIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*#p[1-9][0-9]*$/, 'a passage id looks like "source-slug#p4"');

const isoDate = z.iso.date({ message: 'use an ISO date like 2023-06-16' });

export const noteDocumentSchema = z
  .object({
    title: z.string().min(3),
    publisher: z.string().min(2),
    date: isoDate,
    url: z.url().optional(),
    /** True when `url` is a faithful copy of the text hosted by someone other than the publisher. */
    urlIsCopy: z.boolean().default(false),
  })
  .strict();

/** What a course note rests on when it is not one linked primary document (an encyclopedia, news agency reports…). */
export const noteBasisSchema = z
  .object({
    kind: z.string().min(3),
    description: z.string().min(20),
    url: z.url().optional(),
  })
  .strict();

export const sourceFrontmatterSchema = z
  .object({
    title: z.string().min(3),
    /** True when the original had no headline and the course wrote one. */
    titleSupplied: z.boolean().default(false),
    publisher: z.string().min(2),
    author: z.string().optional(),
    published: isoDate,
    /** True when the date is worked out from the text rather than printed on the page. */
    publishedInferred: z.boolean(),
    publishedNote: z.string().optional(),
    url: z.url().optional(),
    license: z.string().min(3),
    kind: z.enum(['news', 'course-note']),
    /** News: words printed wrongly in the original, kept verbatim in the text and shown with "[sic]" after them. */
    sic: z.array(z.string().min(2)).default([]),
    /** News: the file in ../shared/seeds this text was taken from, checked verbatim by tests. */
    seed: z.string().optional(),
    /** Course notes: the primary document summarised. Its date bounds what the note may report as done. */
    document: noteDocumentSchema.optional(),
    /** Course notes whose facts do not come from one linked primary document: what they rest on instead. */
    basis: noteBasisSchema.optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.publishedInferred && !value.publishedNote) {
      ctx.addIssue({ code: 'custom', path: ['publishedNote'], message: 'say how an inferred date was worked out' });
    }
    if (value.kind === 'course-note' && !value.document?.url && !value.basis) {
      ctx.addIssue({
        code: 'custom',
        path: [value.document ? 'document.url' : 'document'],
        message: 'a course note links the primary document it summarises (document.url), or names its non-primary basis (basis)',
      });
    }
    if (value.kind === 'news' && (value.document || value.basis)) {
      ctx.addIssue({ code: 'custom', path: ['kind'], message: 'document and basis belong to course notes' });
    }
  });
export type SourceFrontmatter = z.infer<typeof sourceFrontmatterSchema>;

export const explainerFrontmatterSchema = z
  .object({
    title: z.string().min(3),
    summary: z.string().min(10),
    order: z.number().int().positive(),
    objectives: z.array(z.string().min(5)).min(1),
    /**
     * Each `## ` heading of the body with the objective its part teaches (1 = the first objective). Questions on
     * what a part says count towards its objective (lib/content/quiz-input.ts); parseExplainer checks the map
     * against the headings.
     */
    sections: z.record(z.string().min(1), z.number().int().min(1)).default({}),
  })
  .strict();
export type ExplainerFrontmatter = z.infer<typeof explainerFrontmatterSchema>;

export const factKindSchema = z.enum([
  'year', 'date', 'number', 'person', 'place', 'organisation', 'country', 'term', 'quote', 'event', 'role', 'reason',
]);
export type FactKind = z.infer<typeof factKindSchema>;

/** Attributes of any MDX element that cites a passage (`<Cite>`, `<Fact>`, timeline events, claims). */
export const citeAttributesSchema = z.object({
  to: passageIdSchema,
  quote: z.string().min(1).optional(),
});

/** `objective="2"` or `objective="none"` on a `<Fact>` or `<Term>`. */
export const objectiveAttributeSchema = z.string().regex(/^(?:[1-9]|none)$/, 'use objective="1" (the first objective) or objective="none"');

export const factAttributesSchema = citeAttributesSchema.extend({
  kind: factKindSchema,
  answer: z.string().min(1),
  /** Optional question wording; otherwise the generator blanks the answer out of the sentence. */
  ask: z.string().min(5).optional(),
  /** Groups facts that answer the same thing, so one quiz never asks it twice. */
  topic: z.string().optional(),
  /**
   * A short description of what the answer is or did, for matching questions
   * (person → role, country → what it did): e.g. answer "Abdoulaye Diop", label "Mali's foreign minister".
   */
  label: z.string().min(3).optional(),
  /** When the fact is a dated event: ISO year, year-month or date, for timeline ordering. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use 2013, 2013-04 or 2013-04-25').optional(),
  /** For kind="quote": who said the quoted words. */
  speaker: z.string().min(3).optional(),
  /**
   * The objective (1 = the first) its questions count towards, when the section's is not the one a teacher would
   * name; "none" for a fact the explainer shows and cites but no objective asks about (a spokesman's name).
   */
  objective: objectiveAttributeSchema.optional(),
});
