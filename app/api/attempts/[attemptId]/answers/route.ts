import { isJsonContentType, isSameOrigin } from '@/lib/auth/request-checks';
import { getStudentFromRequest } from '@/lib/auth/student';
import { saveAnswer, type SaveReply } from '@/lib/classroom/attempt-service';
import { getQuestionSource } from '@/lib/classroom/question-source';
import { idSchema, saveAnswerSchema } from '@/lib/classroom/schemas';
import { getDb } from '@/lib/db/client';

const MAX_BODY_BYTES = 16_384;

function reply(body: SaveReply, status: number): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store' } });
}

function problem(status: number, error: string, code?: string): Response {
  return reply(code ? { ok: false, error, code } : { ok: false, error }, status);
}

/**
 * Saves one answer of the signed-in student's attempt: `{ questionId, response }`. Idempotent per question
 * (201 the first time, 200 for a repeat). 400 bad input, 403 not a student / past due / submitted,
 * 404 not this student's attempt, 413 body too large, 415 not JSON. Like a server action, it refuses posts
 * from other sites (403): the cookie is SameSite=Lax, but a same-site page or an old browser could still send it.
 */
export async function POST(request: Request, context: { params: Promise<{ attemptId: string }> }): Promise<Response> {
  if (!isSameOrigin(request)) return problem(403, 'Answers can only be sent from this site\'s own pages, not from another site.');
  const student = await getStudentFromRequest(request);
  if (!student) return problem(403, 'Join your class first: this browser is not signed in as a student.');
  const attemptId = idSchema.safeParse((await context.params).attemptId);
  if (!attemptId.success) return problem(404, 'No such attempt.');
  if (!isJsonContentType(request.headers.get('content-type'))) return problem(415, 'Send JSON (content-type: application/json).');
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > MAX_BODY_BYTES) return problem(413, 'Request body is too large.');
  // request.text() would drop a byte-order mark silently; JSON (RFC 8259) must not start with one.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return problem(400, 'The body starts with a byte-order mark: send plain UTF-8 JSON without it.');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
  } catch {
    return problem(400, 'The body is not valid UTF-8 JSON.');
  }
  const parsed = saveAnswerSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => (i.path.length ? `${i.message} (${i.path.join('.')})` : i.message));
    return problem(400, `Invalid answer: ${issues.join('; ')}.`);
  }
  const result = await saveAnswer(getDb(), student, attemptId.data, parsed.data, getQuestionSource());
  if (!result.ok) return problem(result.status, result.message, result.code);
  return reply(result, result.created ? 201 : 200);
}
