/** What MDX elements need to know about the passages an explainer cites, prepared by the page. */
export type CitedPassage = {
  id: string;
  href: string;
  sourceTitle: string;
  publisher: string;
  kind: 'news' | 'course-note';
  n: number;
  text: string;
};

export type MdxContext = {
  passages: Record<string, CitedPassage>;
  /** Distinct cited passages in order of first citation: marker number = index + 1. */
  references: string[];
};
