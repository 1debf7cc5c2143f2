export { listSources, getSource, getPassage, passageHref, parseSource, ContentError, type Source, type Passage } from './sources';
export { listExplainers, getExplainer, parseExplainer, type Explainer, type Citation, type Fact, type Sentence, type ElementUse } from './explainers';
export { listContentProblems, assertContentValid, listCitedBy, type ContentProblem, type CitedBy } from './check';
export { normalizeText, findQuote, containsQuote, splitSentences, countWords } from './text';
export { remarkNumberCitations } from './mdx-ast';
export type { FactKind } from './schemas';
