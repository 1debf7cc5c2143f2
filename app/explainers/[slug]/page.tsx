import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { compileMDX } from 'next-mdx-remote/rsc';
import { mdxComponents, type MdxContext } from '@/components/mdx';
import { PassagePreviews } from '@/components/mdx/passage-popover';
// Only this page has passage previews: their 200 :has() rules stay off every other page.
import '../../cite-previews.css';
import { BackToAssignment } from '@/components/explainer/back-to-assignment';
import { ReferenceList } from '@/components/explainer/reference-list';
import { ReadingProgress } from '@/components/explainer/reading-progress';
import { StaticHtml } from '@/components/explainer/static-html';
import { putStaticHtml } from '@/lib/static-html';
import { RoleLink } from '@/components/nav/role-link';
import { RecordReading } from '@/components/progress/record-progress';
import { buildExplainerMaps } from '@/lib/content/map';
import { listGlossaryTerms } from '@/lib/content/glossary';
import { assertContentValid, getExplainer, getPassage, getSource, listExplainers, passageHref, remarkNumberCitations } from '@/lib/content';
import { CheckIntro, CheckUnderstanding } from '@/components/quiz/check-understanding';
import { getPracticeQuiz, START_SEED } from '@/lib/quiz/bank';
import { toPublicQuestion } from '@/lib/quiz/public';
import { submitPracticeAnswer } from './quiz/actions';

export const dynamicParams = false;

export function generateStaticParams() {
  assertContentValid();
  return listExplainers().map((e) => ({ slug: e.slug }));
}

type PageProps = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const explainer = getExplainer((await params).slug);
  return explainer ? { title: explainer.title, description: explainer.summary } : {};
}

function mdxContext(references: string[], cited: string[] = references): MdxContext {
  const passages: MdxContext['passages'] = {};
  // Timeline events and claims cite passages too, without a numbered marker.
  for (const id of new Set([...references, ...cited])) {
    const passage = getPassage(id);
    const source = passage ? getSource(passage.sourceSlug) : null;
    if (!passage || !source) throw new Error(`unknown passage ${id}`);
    passages[id] = {
      id,
      href: passageHref(id),
      sourceTitle: source.title,
      publisher: source.publisher,
      kind: source.kind,
      n: passage.n,
      text: passage.text,
      sic: passage.sic,
      primary: source.kind === 'course-note' ? Boolean(source.document) : undefined,
      preview: Object.keys(passages).length,
    };
  }
  return { passages, references };
}

export default async function ExplainerPage({ params }: PageProps) {
  assertContentValid();
  const { slug } = await params;
  const explainer = getExplainer(slug);
  if (!explainer) notFound();
  const quiz = getPracticeQuiz(slug, START_SEED) ?? [];
  const all = listExplainers();
  const index = all.findIndex((e) => e.slug === slug);
  const previous = all[index - 1];
  const next = all[index + 1];
  const context: MdxContext = {
    ...mdxContext(explainer.references, explainer.citations.map((c) => c.to)),
    glossary: Object.fromEntries(listGlossaryTerms().map((t) => [t.slug, t])),
    maps: buildExplainerMaps(explainer.elements),
    quietOrdinals: explainer.quietOrdinals,
  };
  const { content } = await compileMDX({
    source: explainer.body,
    components: mdxComponents(context),
    options: { mdxOptions: { remarkPlugins: [remarkNumberCitations] } },
  });

  const article = putStaticHtml(
    <>
      <div className="prose prose-stone mt-8 max-w-none font-serif text-[1.0625rem] leading-relaxed dark:prose-invert prose-headings:font-sans prose-headings:tracking-tight">
        {content}
      </div>
      <PassagePreviews passages={Object.values(context.passages)} />
    </>,
  );
  // Everything else of the page that React on the client does not need either (lib/static-html.ts).
  const intro = putStaticHtml(
    <>
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-300">
        {`Module ${explainer.order} · ${explainer.readingMinutes} min read`}
      </p>
      <h1 className="mt-2 text-3xl font-bold leading-tight tracking-tight sm:text-4xl">{explainer.title}</h1>
      <p className="mt-3 text-lg leading-relaxed text-stone-700 dark:text-stone-300">{explainer.summary}</p>
    </>,
  );
  const help = putStaticHtml(
    <p className="mt-4 rounded-lg bg-brand-50 p-3 text-sm text-stone-800 dark:bg-stone-900 dark:text-stone-200">
      Numbers like <span className="font-semibold text-brand-700 dark:text-brand-300">[1]</span> are citations. Hover over or tab to one
      to read the passage it comes from; select it to open the full source. On a touch screen, tap once to read the passage and tap again to
      open the source.
    </p>,
  );
  // Plain links: a static part holds no client component (next/link is one).
  const modules = putStaticHtml(
    <nav aria-label="Modules" className="mt-12 flex flex-col gap-3 border-t border-stone-200 pt-6 sm:flex-row sm:justify-between dark:border-stone-800">
      {previous ? (
        <a href={`/explainers/${previous.slug}`} className="rounded-lg p-2 underline-offset-4 hover:underline">
          <span className="block text-sm text-stone-600 dark:text-stone-400">Previous module</span>
          {previous.title}
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a href={`/explainers/${next.slug}`} className="rounded-lg p-2 text-right underline-offset-4 hover:underline">
          <span className="block text-sm text-stone-600 dark:text-stone-400">Next module</span>
          {next.title}
        </a>
      ) : null}
    </nav>,
  );
  const checkIntro = putStaticHtml(<CheckIntro total={quiz.length} objectives={explainer.objectives} />);
  const references = putStaticHtml(<ReferenceList passages={explainer.references.map((id) => context.passages[id]!)} />);

  return (
    <article className="mx-auto max-w-2xl">
      <ReadingProgress />
      <BackToAssignment />
      <header>
        <StaticHtml id={intro} name="intro" />
        {/* Client-side on purpose: this page is prerendered for everyone (see components/nav/role-link.tsx). */}
        <RoleLink
          role="teacher"
          href={`/teacher/assign?module=${slug}`}
          className="mt-4 inline-flex min-h-10 items-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-stone-950"
        >
          Assign this module to a class
        </RoleLink>
        <StaticHtml id={help} name="help" />
      </header>
      {/* The article with its passage previews, and its references: HTML only, not in the RSC payload (lib/static-html.ts). */}
      <StaticHtml id={article} name="article" announceFailure />
      <RecordReading slug={slug} />
      <StaticHtml id={references} name="references" />
      <CheckUnderstanding
        question={quiz[0] ? toPublicQuestion(quiz[0]) : null}
        total={quiz.length}
        action={submitPracticeAnswer}
        fallbackAction={`/explainers/${slug}/quiz/answer`}
        hidden={{ slug, seed: START_SEED, a: '' }}
        quizHref={`/explainers/${slug}/quiz`}
        intro={<StaticHtml id={checkIntro} name="check-intro" />}
      />
      <StaticHtml id={modules} name="modules" />
    </article>
  );
}
