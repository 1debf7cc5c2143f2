import { getTeacherFromHeaders } from '@/lib/auth/teacher';
import { toCsv } from '@/lib/classroom/csv';
import { getQuestionSource } from '@/lib/classroom/question-source';
import { resultsCsvRows } from '@/lib/classroom/results';
import { getAssignmentResults } from '@/lib/classroom/results-service';
import { idSchema } from '@/lib/classroom/schemas';
import { getDb } from '@/lib/db/client';

/** CSV of an assignment's results, for the teacher who owns it; 404 for everyone else. */
export async function GET(request: Request, context: { params: Promise<{ assignmentId: string }> }): Promise<Response> {
  const notFound = () => new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const id = idSchema.safeParse((await context.params).assignmentId);
  if (!id.success) return notFound();
  const teacher = await getTeacherFromHeaders(request.headers);
  if (!teacher) return notFound();
  const results = await getAssignmentResults(getDb(), teacher.id, id.data, getQuestionSource());
  if (!results) return notFound();
  const filename = `${results.assignment.title.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'results'}.csv`;
  // BOM so spreadsheet programs read the file as UTF-8 (accented names).
  return new Response('\uFEFF' + toCsv(resultsCsvRows(results.summary)), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    },
  });
}
