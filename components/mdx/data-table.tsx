import type { MdxContext } from './context';
import { SourceLink } from './source-link';

export type DataTableProps = { title: string; columns: string; children: React.ReactNode };

/** A small table of figures; each row cites the passage its numbers come from. */
export function DataTable({ title, columns, children }: DataTableProps) {
  const headings = columns.split('|');
  return (
    <div className="not-prose my-6 overflow-x-auto font-sans">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-base font-bold">{title}</caption>
        <thead>
          <tr className="border-b-2 border-stone-400 dark:border-stone-500">
            {headings.map((h) => (
              <th key={h} scope="col" className="px-2 py-1.5 font-semibold">
                {h}
              </th>
            ))}
            <th scope="col" className="px-2 py-1.5 font-semibold">
              Source
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export type DataRowProps = { to: string; quote?: string; cells: string; context: MdxContext };

export function DataRow({ to, quote, cells, context }: DataRowProps) {
  const passage = context.passages[to];
  if (!passage) throw new Error(`DataRow: unknown passage ${to}`);
  const [first, ...rest] = cells.split('|');
  return (
    <tr className="border-b border-stone-200 align-top dark:border-stone-700">
      <th scope="row" className="px-2 py-1.5 font-semibold">
        {first}
      </th>
      {rest.map((cell, i) => (
        <td key={i} className="px-2 py-1.5 tabular-nums">
          {cell}
        </td>
      ))}
      <td className="px-2 py-1.5">
        <SourceLink passage={passage} quote={quote} />
      </td>
    </tr>
  );
}
