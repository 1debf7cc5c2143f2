import 'server-only';
import { z } from 'zod';
import { questionTypeSchema, responseSchema } from '@/lib/quiz/types';

/** The JSON text columns, each with the shape its rows must have (see lib/db/schema.ts). */
export const jsonColumns = {
  modules: z.array(z.string().min(1)),
  questionTypes: z.array(questionTypeSchema),
  questionIds: z.array(z.string().min(1)),
  response: responseSchema,
};

/**
 * Parses a JSON column through its schema. A row that does not parse is a broken database, not bad input,
 * so it throws with the column's name instead of letting a wrong shape travel on as a typed value.
 */
export function parseJsonColumn<T>(schema: z.ZodType<T>, text: string, column: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`column ${column} does not hold JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`column ${column} holds an unexpected shape: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}
