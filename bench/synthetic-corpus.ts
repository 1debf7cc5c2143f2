// A synthetic corpus for the generation benchmark: sources of six passages with dates, numbers,
// people, places and attributed quotes, and one module citing every ten sources.
import type { GeneratorInput, GeneratorModule, GeneratorPassage } from '../lib/quiz/pipeline';
import { createRandom, type Random } from '../lib/quiz/random';

const FIRST = ['Amadou', 'Fatoumata', 'Ibrahim', 'Aminata', 'Moussa', 'Mariam', 'Oumar', 'Awa', 'Seydou', 'Kadiatou', 'Bakary', 'Rokia'];
const LAST = ['Traoré', 'Keita', 'Coulibaly', 'Diarra', 'Sangaré', 'Touré', 'Konaté', 'Maïga', 'Cissé', 'Sidibé', 'Dembélé', 'Kanté'];
const PLACES = ['Bamako', 'Gao', 'Timbuktu', 'Kidal', 'Mopti', 'Ségou', 'Sikasso', 'Kayes', 'Niamey', 'Ouagadougou'];
const ROLES = ['the regional governor', 'the mission spokesperson', 'the defence minister', 'a UN envoy', 'the mayor'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)]!;

function syntheticPassage(random: Random): string {
  const person = `${pick(FIRST, random)} ${pick(LAST, random)}`;
  const place = pick(PLACES, random);
  const year = 2000 + Math.floor(random() * 25);
  const count = (1 + Math.floor(random() * 90)) * 100;
  const sentences = [
    `In ${pick(MONTHS, random)} ${year}, ${person}, ${pick(ROLES, random)}, visited ${place}.`,
    `“The situation in ${place} is improving,” ${person} told reporters.`,
    `About ${count.toLocaleString('en-US')} people had left the area since ${year - 3}, according to the UN.`,
  ];
  return sentences.slice(0, 1 + Math.floor(random() * 3)).join(' ');
}

/** A corpus of `size` sources of 6 passages; one module cites the passages of every 10 sources. */
export function syntheticInput(size: number, seed = 'bench'): GeneratorInput {
  const random = createRandom(`${seed}:${size}`);
  const passages: GeneratorPassage[] = [];
  const modules: GeneratorModule[] = [];
  for (let s = 1; s <= size; s++) {
    for (let p = 1; p <= 6; p++) passages.push({ id: `synthetic-${s}#p${p}`, text: syntheticPassage(random), sourceTitle: `Synthetic source ${s}` });
    if (s % 10 === 0 || s === size) {
      const first = modules.length * 10 + 1;
      const ids = passages.filter((x) => Number(x.id.slice(10, x.id.indexOf('#'))) >= first).map((x) => ({ id: x.id }));
      modules.push({ slug: `module-${modules.length + 1}`, title: `Module ${modules.length + 1}`, objectives: ['Recall the facts.'], facts: [], passages: ids });
    }
  }
  return { passages, modules };
}
