import type { ImportProblem } from '../../../contract/api.ts';
import { formatCount } from '../../components/format-count.ts';
import { ScrollRegion } from '../../components/scroll-region.tsx';

const SHOWN = 200;

/** File, line, column, value and message for each problem: enough to fix the CSV. */
export function ImportProblemsTable({ problems, caption }: { problems: ImportProblem[]; caption: string }) {
  const shown = problems.slice(0, SHOWN);
  return (
    <div className="stack">
      <div className="bordered">
      <ScrollRegion label={caption}>
        <table className="table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col" className="num">Line</th>
              <th scope="col">Column</th>
              <th scope="col">Value</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((problem, index) => (
              <tr key={index}>
                <td className="nowrap mono">{problem.file}</td>
                <td className="num">{problem.line ?? '—'}</td>
                <td className="nowrap mono">{problem.column ?? '—'}</td>
                <td className="problem-value mono">{problem.value === null ? '—' : problem.value === '' ? <em>(empty)</em> : problem.value}</td>
                <td className="cell-wrap">{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      </div>
      {problems.length > SHOWN && (
        <p className="text-secondary">
          Showing the first {SHOWN} of {formatCount(problems.length)}. Fix these and preview again to see the rest.
        </p>
      )}
    </div>
  );
}
