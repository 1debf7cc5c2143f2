import { z } from 'zod';
import { questionTypeSchema, responseSchema } from '@/lib/quiz/types';
import { JOIN_CODE_LENGTH, REJOIN_CODE_LENGTH, isWellFormedCode, normalizeCode } from './codes';
import { isTimeZone, zonedTimeToInstant } from './time';

export const revealPolicies = ['after-each', 'after-submit', 'after-due'] as const;
export const revealPolicySchema = z.enum(revealPolicies);
export type RevealPolicy = z.infer<typeof revealPolicySchema>;

export const seedModes = ['per-student', 'shared'] as const;
export const seedModeSchema = z.enum(seedModes);
export type SeedMode = z.infer<typeof seedModeSchema>;

const id = z.string().trim().min(1, 'Missing id').max(64).regex(/^[A-Za-z0-9_-]+$/, 'Malformed id');
export const idSchema = id;

/** Form fields that may be sent once (a string) or several times (an array). */
function list<T extends z.ZodType>(item: T) {
  return z.preprocess((v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item));
}

/** Collapses runs of whitespace and strips control characters; names are shown to other people. */
function cleanText(max: number, label: string) {
  return z
    .string()
    .transform((s) => s.replace(/[\u0000-\u001f\u007f]/g, '').replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, `${label} is required`).max(max, `${label} must be at most ${max} characters`));
}

export const classNameSchema = cleanText(80, 'Class name');
export const displayNameSchema = cleanText(40, 'Display name');

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
    title: cleanText(120, 'Title'),
    modules: list(slug).pipe(z.array(slug).min(1, 'Pick at least one module').max(20)),
    questionCount: z.coerce.number().int('Whole number of questions').min(1, 'At least 1 question').max(50, 'At most 50 questions'),
    questionTypes: list(questionTypeSchema).pipe(z.array(questionTypeSchema).min(1, 'Pick at least one question type')),
    attemptsAllowed: z.coerce.number().int().min(1, 'At least 1 attempt').max(10, 'At most 10 attempts'),
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

/** Body of POST /api/attempts/<id>/answers. */
export const saveAnswerSchema = z.object({
  questionId: z.string().min(1).max(200),
  response: responseSchema,
});
export type SaveAnswerInput = z.infer<typeof saveAnswerSchema>;

export const startAttemptSchema = z.object({ assignmentId: id });
