// Runs before `next build` (npm's prebuild): lists every content problem and fails the build on any.
import { listContentProblems, listExplainers, listSources } from '../lib/content';
import { listQuestionBankProblems } from '../lib/quiz/bank';

const problems = listContentProblems();
if (problems.length > 0) {
  console.error(`Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  for (const p of problems) console.error(`  ${p.where}: ${p.message}`);
  process.exit(1);
}
const quizProblems = listQuestionBankProblems();
if (quizProblems.length > 0) {
  console.error(`Question bank check failed: ${quizProblems.length} problem${quizProblems.length === 1 ? '' : 's'}`);
  for (const p of quizProblems) console.error(`  ${p.module} ${p.question}: ${p.message}`);
  process.exit(1);
}
const explainers = listExplainers();
const citations = explainers.reduce((n, e) => n + e.citations.length, 0);
console.log(`Content OK: ${listSources().length} sources, ${explainers.length} explainers, ${citations} citations checked.`);
