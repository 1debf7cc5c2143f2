import { isSameOrigin } from '@/lib/auth/request-checks';
import { getStudentFromRequest } from '@/lib/auth/student';
import { saveAnswer } from '@/lib/classroom/attempt-service';
import { getQuestionSource } from '@/lib/classroom/question-source';
import { idSchema, saveAnswerSchema } from '@/lib/classroom/schemas';
import { answerAnchor, type AnswerProblem } from '@/lib/classroom/answer-problems';
import { getDb } from '@/lib/db/client';
import { formFields, isBlankResponse, responseFromFields } from '@/lib/quiz/attempt';
import { orderingProblemInFields } from '@/lib/quiz/ordering';

const MAX_BODY_BYTES = 16_384;

function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, 'cache-control': 'no-store' } });
}

function plain(status: number, message: string): Response {
  return new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}

/**
 * The plain-HTML path of a class assignment: the question forms post here when JavaScript has not run (a slow
 * link, a browser that fails the scripts), and the same save as POST /api/attempts/:id/answers happens (graded on
 * the server, stored once, the attempt submitted at the last answer). The answer is a 303 back to the assignment
 * page at the question, which shows what was saved and, as the reveal policy allows, whether it was right.
 * A refusal comes back as a short code (`?problem=`), never as text from the request, so a link cannot make the
 * page say something we did not write.
 */
export async function POST(request: Request, context: { params: Promise<{ assignmentId: string }> }): Promise<Response> {
  const assignmentId = idSchema.safeParse((await context.params).assignmentId);
  if (!assignmentId.success) return plain(404, 'No such assignment.');
  const page = `/student/assignments/${assignmentId.data}`;
  if (!isSameOrigin(request)) return plain(403, "Answers can only be sent from this site's own pages, not from another site.");
  const student = await getStudentFromRequest(request);
  if (!student) return seeOther('/join');
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return plain(415, 'Send the form as application/x-www-form-urlencoded.');
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > MAX_BODY_BYTES) return plain(413, 'The form is too large.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return plain(400, 'The form is not valid UTF-8.');
  }
  const fields = formFields(new URLSearchParams(text));
  const questionId = fields.get('question') ?? '';
  const attemptId = idSchema.safeParse(fields.get('attempt'));
  const back = (problem: AnswerProblem | null) =>
    seeOther(`${page}?${problem ? `problem=${problem}&` : 'saved=1&'}q=${encodeURIComponent(questionId.slice(0, 40))}#${answerAnchor(questionId)}`);
  if (!attemptId.success) return seeOther(page);

  const source = getQuestionSource();
  const question = source.getQuestion(questionId);
  if (!question) return back('unknown-question');
  const step = fields.get('step') === 'proof' ? 'proof' : undefined;
  const shown = step ? source.toPublicProof(question) : source.toPublic(question);
  if (!shown) return back('unknown-question');
  if (orderingProblemInFields(shown, fields)) return back('ordering');
  const response = responseFromFields(shown, fields);
  if (isBlankResponse(response)) return back('empty');
  const input = saveAnswerSchema.safeParse(step ? { questionId, response, step } : { questionId, response });
  if (!input.success) return back('invalid');

  const result = await saveAnswer(getDb(), student, attemptId.data, input.data, source);
  if (!result.ok) return back(result.code === 'not-found' ? 'not-found' : result.code === 'not-an-option' || result.code === 'first-part-missing' || result.code === 'unknown-question' ? result.code : 'closed');
  return back(null);
}
