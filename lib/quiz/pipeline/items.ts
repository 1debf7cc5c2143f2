import { skillOfKind } from '../stats';
import type { ModuleBank, Question } from '../types';
import type { GeneratorModule } from './input';
import { balanceModule } from './balance';
import { termForm } from './builders/concept';
import { objectiveFor } from './objectives';
import { fold, inText } from './text';

/**
 * The module that teaches an item: the first module (in course order) with a `<Fact>` on that passage
 * and answer, else the first module whose questions reach it. Other modules drop their forms of it.
 */
function listOwners(modules: GeneratorModule[], built: Question[][]): Map<string, string> {
  const owner = new Map<string, string>();
  // A term belongs to the module whose objectives name it ("Explain what a private military contractor is").
  for (const m of modules) for (const t of m.terms ?? []) if (!owner.has(`term|${fold(t.name)}`) && m.objectives.some((o) => inText(o, t.name) || termForm(t.name).test(o))) owner.set(`term|${fold(t.name)}`, m.slug);
  for (const m of modules) for (const f of m.facts) if (!owner.has(`${f.to}|${fold(f.answer)}`)) owner.set(`${f.to}|${fold(f.answer)}`, m.slug);
  built.forEach((questions, i) => {
    for (const q of questions) if (q.item && !owner.has(q.item)) owner.set(q.item, (modules[i] as GeneratorModule).slug);
  });
  return owner;
}

/**
 * The last stage: one module per item, every question tagged with an objective (the best word
 * match, else the module's least-asked objective) and a skill level, the balance trimmed
 * (balanceModule), then the forms of each item linked as alternates.
 * Deterministic: depends only on the order of modules and of their questions.
 */
export function finishModules(modules: GeneratorModule[], built: Question[][]): ModuleBank[] {
  const owner = listOwners(modules, built);
  return modules.map((m, i) => {
    const questions = (built[i] as Question[]).filter((q) => !q.item || owner.get(q.item) === m.slug);
    const use = m.objectives.map(() => 0);
    for (const q of questions) if (q.objective !== undefined) use[q.objective] = (use[q.objective] ?? 0) + 1;
    const tagged = questions.map((q) => {
      let objective = q.objective ?? objectiveFor(m.objectives, '', `${q.stem} ${q.citations.map((c) => c.quote).join(' ')}`);
      if (objective === undefined) {
        objective = use.indexOf(Math.min(...use));
        use[objective] = (use[objective] ?? 0) + 1;
      }
      return { ...q, objective, skill: q.skill ?? skillOfKind(q.answerKind ?? 'phrase') };
    });
    const balanced = balanceModule(tagged);
    const forms = new Map<string, string[]>();
    for (const q of balanced) if (q.item) forms.set(q.item, [...(forms.get(q.item) ?? []), q.id]);
    const finished = balanced.map((q) => {
      const alternates = q.item ? (forms.get(q.item) ?? []).filter((id) => id !== q.id) : [];
      return alternates.length ? { ...q, alternates } : q;
    });
    return { slug: m.slug, title: m.title, objectives: m.objectives, questions: finished };
  });
}
