import { Cite } from './cite';
import type { MdxContext } from './context';

export type FactProps = {
  to: string;
  quote?: string;
  ordinal?: string;
  children: React.ReactNode;
  context: MdxContext;
};

/** A sentence the quiz asks about. Reads as plain text followed by its citation marker. */
export function Fact({ to, quote, ordinal, children, context }: FactProps) {
  return (
    <>
      {children}
      <Cite to={to} quote={quote} ordinal={ordinal} context={context} />
    </>
  );
}
