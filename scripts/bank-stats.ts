// `npx tsx scripts/bank-stats.ts [--json]`: the balance of the generated bank per module (answer kinds,
// skills, types, objectives, repeated stems). Figures for issue 11; not a check (the checks fail the build).
import { getQuestionBank } from '../lib/quiz/bank';
import { listBankStats } from '../lib/quiz/stats';

const stats = listBankStats(getQuestionBank());
if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
} else {
  const pct = (v: number) => `${Math.round(v * 100)}%`;
  const all = stats.reduce((n, s) => n + s.questions, 0);
  for (const s of stats) {
    const kinds = Object.entries(s.kinds).filter(([, v]) => v > 0).map(([k, v]) => `${k} ${pct(v)}`).join(', ');
    const recallShare = s.kinds.date + s.kinds.number + s.kinds.name;
    const deep = s.kinds.cause + s.kinds.concept + s.kinds.source + s.kinds.evidence;
    console.log(`${s.slug}: ${s.questions} questions (${s.items} items); date/number/name ${pct(recallShare)}; cause/concept/source/evidence ${pct(deep)}`);
    console.log(`  kinds: ${kinds}`);
    console.log(`  skills: ${Object.entries(s.skills).map(([k, v]) => `${k} ${pct(v)}`).join(', ')}`);
    console.log(`  types: ${Object.entries(s.types).filter(([, v]) => v > 0).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    console.log(`  objectives: ${Object.entries(s.objectives).map(([k, v]) => `${k}: ${v}`).join(', ')}`);
    console.log(`  stems shared with another module: ${s.stemsInOtherModules}; typed repeating a choice sentence: ${s.typedRepeatingChoice}`);
  }
  console.log(`total: ${all} questions`);
}
