// Generation benchmark: the real bank, then synthetic corpora of 10, 100 and 1,000 sources.
// Prints JSON on stdout. Run with --expose-gc for memory figures (bench/run.mjs does).
import { performance } from 'node:perf_hooks';
import { generateQuestionBank, type GeneratorInput } from '../lib/quiz/pipeline';
import { loadGeneratorInput } from '../lib/quiz/bank';
import { syntheticInput } from './synthetic-corpus';

function measure(input: GeneratorInput, runs: number) {
  const gc = (globalThis as { gc?: () => void }).gc;
  const times: number[] = [];
  let heapBytes = NaN;
  let questions = 0;
  for (let i = 0; i < runs; i++) {
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const start = performance.now();
    const bank = generateQuestionBank(input);
    times.push(performance.now() - start);
    if (i === 0) {
      heapBytes = process.memoryUsage().heapUsed - before;
      questions = bank.modules.reduce((n, m) => n + m.questions.length, 0);
    }
  }
  times.sort((a, b) => a - b);
  return { medianMs: Number(times[Math.floor(times.length / 2)]!.toFixed(2)), questions, heapBytes: gc ? heapBytes : null };
}

const real = loadGeneratorInput();
// Warm-up: the first call loads the NLP model.
generateQuestionBank(syntheticInput(10, 'warm-up'));
const realFigures = { ...measure(real, 9), sources: new Set(real.passages.map((p) => p.id.split('#')[0])).size, passages: real.passages.length };
const scaling = [10, 100, 1000].map((size) => {
  const figures = measure(syntheticInput(size), size >= 1000 ? 1 : 3);
  return {
    sources: size,
    ...figures,
    msPerSource: Number((figures.medianMs / size).toFixed(3)),
    heapKiBPerSource: figures.heapBytes === null ? null : Number((figures.heapBytes / 1024 / size).toFixed(1)),
  };
});
console.log(JSON.stringify({ realBank: realFigures, scaling }));
