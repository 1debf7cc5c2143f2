import { z } from 'zod';
import { isBlankResponse, stripInvisible } from '@/lib/quiz/attempt';
import { questionTypeSchema, responseSchema } from '@/lib/quiz/types';
import { JOIN_CODE_LENGTH, REJOIN_CODE_LENGTH, isWellFormedCode, normalizeCode } from './codes';
import { isTimeZone, zonedTimeToInstant } from './time';

export const revealPolicies = ['after-each', 'after-submit', 'after-due'] as const;
export const revealPolicySchema = z.enum(revealPolicies);
export type RevealPolicy = z.infer<typeof revealPolicySchema>;

export const seedModes = ['per-student', 'shared'] as const;
export const seedModeSchema = z.enum(seedModes);
export type SeedMode = z.infer<typeof seedModeSchema>;

/** Ids are compared exactly: never trimmed, so `abc ` is not `abc`. */
const id = z.string().min(1, 'Missing id').max(64).regex(/^[A-Za-z0-9_-]+$/, 'Malformed id');
export const idSchema = id;

/** Form fields that may be sent once (a string) or several times (an array). */
function list<T extends z.ZodType>(item: T) {
  return z.preprocess((v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item));
}

/** Bidirectional controls (LRM/RLM, embeddings, overrides, isolates, ALM): they can make a name read backwards. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/**
 * A name or title shown to other people: NFC, control characters removed, runs of whitespace collapsed. Refused
 * when it holds no letter or digit (only zero-width or other invisible characters) or a text-direction control.
 */
export function textFieldSchema(label: string, max: number) {
  return z
    .string()
    .transform((s) => s.normalize('NFC').replace(/\p{Cc}/gu, '').replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(1, `${label} is required`)
        .max(max, `${label} must be at most ${max} characters`)
        .refine((s) => !BIDI_CONTROLS.test(s), `${label} must not contain text-direction control characters`)
        .refine((s) => /[\p{L}\p{N}]/u.test(stripInvisible(s)), `${label} must contain a letter or a digit`),
    );
}

/** A count typed into a number field: plain decimal digits only (`0x10`, `1e1`, `16.0` are refused). */
function countField(min: number, max: number, unit: string) {
  return z
    .string(`Enter a whole number of ${unit}`)
    .regex(/^[0-9]{1,4}$/, `Enter a whole number of ${unit}, in digits (like ${min + 1})`)
    .transform(Number)
    .pipe(z.number().min(min, `At least ${min} ${min === 1 ? unit.replace(/s$/, '') : unit}`).max(max, `At most ${max} ${unit}`));
}

export const classNameSchema = textFieldSchema('Class name', 80);
export const displayNameSchema = textFieldSchema('Display name', 40);

export const createClassSchema = z.object({ name: classNameSchema });
export const renameClassSchema = z.object({ classId: id, name: classNameSchema });
export const classIdSchema = z.object({ classId: id });
export const archiveClassSchema = z.object({ classId: id, archived: z.enum(['0', '1']).transform((v) => v === '1') });

export const studentIdSchema = z.object({ classId: id, studentId: id });
export const removeStudentSchema = z.object({
  classId: id,
  studentId: id,
  confirm: z.literal('yes', 'Tick the box to confirm: removing a student deletes their answers'),
});
export const renameStudentSchema = z.object({ classId: id, studentId: id, displayName: displayNameSchema });

export const joinCodeSchema = z
  .string()
  .transform(normalizeCode)
  .refine((c) => isWellFormedCode(c, JOIN_CODE_LENGTH), `A class code has ${JOIN_CODE_LENGTH} letters and digits, like ABC-DEF`);
export const rejoinCodeSchema = z
  .string()
  .transform(normalizeCode)
  .refine((c) => isWellFormedCode(c, REJOIN_CODE_LENGTH), `A rejoin code has ${REJOIN_CODE_LENGTH} letters and digits`);

export const joinClassSchema = z.object({ code: joinCodeSchema, displayName: displayNameSchema });
export const rejoinSchema = z.object({ rejoinCode: rejoinCodeSchema });

const slug = z.string().regex(/^[a-z0-9-]{1,80}$/, 'Unknown module');

/** An instant with its offset ("2030-06-15T19:30:00Z"), as API callers send it. */
const dueAtSchema = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const d = new Date(v);
    if (Number.isNaN(d.getTime())) {
      ctx.addIssue({ code: 'custom', message: 'Due date is not a valid date' });
      return z.NEVER;
    }
    return d.toISOString();
  });

const timeZoneSchema = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || isTimeZone(v), 'Unknown time zone');

/**
 * The due date arrives either as an instant (`dueAt`) or as the wall-clock time the teacher picked (`dueLocal`,
 * from <input type="datetime-local">) plus their browser's zone (`timeZone`; UTC when the browser ran no script).
 * Either way the instant is stored, and the zone with it so the teacher's pages show the time they picked.
 */
function withDueInstant<T extends { dueAt: string | null; dueLocal: string | null; timeZone: string | null }>(a: T, ctx: z.RefinementCtx) {
  const { dueLocal, timeZone, ...rest } = a;
  let dueAt = a.dueAt;
  if (dueAt === null && dueLocal !== null) {
    const instant = zonedTimeToInstant(dueLocal, timeZone ?? 'UTC');
    if (!instant) {
      ctx.addIssue({ code: 'custom', path: ['dueAt'], message: 'Due date is not a valid date' });
      return z.NEVER;
    }
    dueAt = instant.toISOString();
  }
  return { ...rest, dueAt, dueTimeZone: dueAt === null ? null : timeZone };
}

export const assignmentSettingsSchema = z
  .object({
    title: textFieldSchema('Title', 120),
    modules: list(slug).pipe(z.array(slug).min(1, 'Pick at least one module').max(20)),
    questionCount: countField(1, 50, 'questions'),
    questionTypes: list(questionTypeSchema).pipe(z.array(questionTypeSchema).min(1, 'Pick at least one question type')),
    attemptsAllowed: countField(1, 10, 'attempts'),
    dueAt: dueAtSchema,
    dueLocal: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : null)),
    timeZone: timeZoneSchema,
    reveal: revealPolicySchema,
    seedMode: seedModeSchema,
  })
  .transform(withDueInstant)
  .superRefine((a, ctx) => {
    if (a.reveal === 'after-due' && !a.dueAt) {
      ctx.addIssue({ code: 'custom', path: ['dueAt'], message: 'Revealing answers after the due date needs a due date' });
    }
  });
/** Parsed settings; code that builds them directly (seeds, benchmarks) may leave the zone out. */
export type AssignmentSettings = Omit<z.infer<typeof assignmentSettingsSchema>, 'dueTimeZone'> & { dueTimeZone?: string | null };

export const createAssignmentSchema = z.intersection(z.object({ classId: id }), assignmentSettingsSchema);
export const updateAssignmentSchema = z.intersection(z.object({ assignmentId: id }), assignmentSettingsSchema);
export const assignmentIdSchema = z.object({ assignmentId: id });
export const deleteAssignmentSchema = z.object({
  assignmentId: id,
  confirm: z.literal('yes', 'Confirm the deletion: it removes every attempt and answer'),
});

/** Body of POST /api/attempts/<id>/answers. */
export const saveAnswerSchema = z.object({
  questionId: z.string().min(1).max(200),
  response: responseSchema.refine((r) => !isBlankResponse(r), 'The answer is empty: choose or type an answer first'),
  /** A two-part item: `answer` (the default) for its first part, `proof` for the sentence that proves it. */
  step: z.enum(['answer', 'proof']).optional(),
});
export type SaveAnswerInput = z.infer<typeof saveAnswerSchema>;

export const startAttemptSchema = z.object({ assignmentId: id });
