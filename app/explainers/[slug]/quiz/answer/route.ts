import { formFields } from '@/lib/quiz/attempt';
import { practiceAnswerUrl } from '@/lib/quiz/practice';

/**
 * The no-JavaScript path of the practice quiz: a plain form post, answered with a 303 to the quiz
 * page showing the feedback. (With JavaScript the form calls the server action in ../actions.ts.)
 */
export async function POST(request: Request): Promise<Response> {
  const fields = formFields(await request.formData());
  const target = new URL(practiceAnswerUrl(fields), request.url);
  return new Response(null, { status: 303, headers: { Location: `${target.pathname}${target.search}${target.hash}` } });
}
