// `npm run --silent bank`: the whole question bank as JSON on stdout (the export contract in
// ../shared/design.md), nothing else. Exits 1, listing the problems on stderr, when a check fails.
import { getBankExport, listQuestionBankProblems } from '../lib/quiz/bank';

const problems = listQuestionBankProblems();
if (problems.length > 0) {
  console.error(`Question bank check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  for (const p of problems) console.error(`  ${p.module} ${p.question}: ${p.message}`);
  process.exit(1);
}
process.stdout.write(`${JSON.stringify(getBankExport(), null, 2)}\n`);
