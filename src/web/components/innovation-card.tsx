// One innovation from the library, as a learning: what the situation was, what was tried, and
// what it taught us. Used by the library, the deal room and the co-creation page.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { InnovationListItem } from '../../contract/innovation.ts';
import { formatDate } from './format-date.ts';
import { obstacleLabels } from './obstacle-labels.ts';
import './innovation-card.css';

type Props = {
  innovation: InnovationListItem;
  /** Why it is suggested here (deal room, session), in words. */
  why?: string;
  headingLevel?: 2 | 3 | 4;
  action?: ReactNode;
  /** Show the matching extract of a search instead of the approach. */
  showSnippet?: boolean;
};

const resultWords = { won: 'Won', advanced: 'Moved forward', no_change: 'No change' } as const;

export function InnovationCard({ innovation, why, headingLevel = 3, action, showSnippet = false }: Props) {
  const Heading = `h${headingLevel}` as const;
  const snippet = showSnippet ? innovation.snippet : null;
  return (
    <article className="innovation-card">
      <div className="innovation-card-head">
        <Heading className="innovation-title"><Link to={`/innovations/${innovation.id}`}>{innovation.title}</Link></Heading>
        <span className="innovation-uses" title="Times others marked it as used on a deal">
          {innovation.useCount === 0 ? 'Not reused yet' : `Reused ${innovation.useCount}×`}
        </span>
      </div>
      <p className="innovation-tags">
        <span className="badge">{obstacleLabels[innovation.obstacleCategory]}</span>
        {innovation.segment !== null && <span className="badge badge-accent">{innovation.segment}</span>}
        <span className="badge">{resultWords[innovation.result]}</span>
      </p>
      {why !== undefined && <p className="innovation-why">{why}</p>}
      {snippet !== null && snippet.length > 0 ? (
        <p className="innovation-snippet">
          <span aria-hidden="true">… </span>
          {snippet.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
          <span aria-hidden="true"> …</span>
        </p>
      ) : (
        <p className="innovation-lesson"><span className="innovation-label">Lesson</span> {innovation.lesson}</p>
      )}
      <div className="innovation-foot">
        <span className="text-secondary small">{innovation.author.name} · {formatDate(innovation.createdAt)}</span>
        {action}
      </div>
    </article>
  );
}
