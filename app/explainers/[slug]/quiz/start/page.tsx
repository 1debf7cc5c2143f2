import { listExplainers } from '@/lib/content';
import QuizPage, { generateMetadata as generateQuizMetadata } from '../page';

// The first question of a module's practice quiz, prerendered at build time. next.config.mjs rewrites
// `/explainers/<slug>/quiz` without quiz state in the query to this page, so the quiz a student opens from
// an explainer is served as static HTML (see scripts/defer-hydration.mjs); answered states stay dynamic.

export const dynamicParams = false;

export function generateStaticParams() {
  return listExplainers().map((e) => ({ slug: e.slug }));
}

type QuizStartPageProps = { params: Promise<{ slug: string }> };

const noQuery = Promise.resolve({});

export function generateMetadata({ params }: QuizStartPageProps) {
  return generateQuizMetadata({ params, searchParams: noQuery });
}

export default function QuizStartPage({ params }: QuizStartPageProps) {
  return <QuizPage params={params} searchParams={noQuery} />;
}
