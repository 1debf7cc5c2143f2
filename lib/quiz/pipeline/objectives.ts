import { normalizeAnswer } from '../normalize';

const STOP = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'by', 'with', 'how', 'why', 'what', 'who', 'it', 'its', 'was', 'were', 'is', 'be', 'explain', 'describe', 'name', 'list', 'say', 'that']);
const words = (text: string) => new Set(normalizeAnswer(text).split(' ').filter((w) => w.length > 2 && !STOP.has(w)));

/** The objective whose words best overlap the section heading and sentence; undefined when none does. */
export function objectiveFor(objectives: string[], heading: string, sentence: string): number | undefined {
  const h = words(heading);
  const s = words(sentence);
  let best: number | undefined;
  let bestScore = 0;
  objectives.forEach((o, i) => {
    const ow = [...words(o)];
    const score = ow.filter((w) => h.has(w)).length * 2 + ow.filter((w) => s.has(w)).length;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}
