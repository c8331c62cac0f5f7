// The org's coaching guide (SPEC §4.7): one column per stage. Everyone reads it; admins edit
// stages, behaviours, questions and benchmarks in place, and give the stages of an imported
// process their behaviours. The printable one-page view is /api/v1/guide/print.
import './guide-editor.css';
import { useState } from 'react';
import { useCurrentUser } from '../../api/session.ts';
import { Alert } from '../../components/alert.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { QueryError } from '../../components/query-error.tsx';
import type { GuideResponse } from './guide-types.ts';
import { StageColumn } from './stage-column.tsx';
import { useGuide } from './use-guide.ts';

/** The printable one-page view (the same page as `coachboard guide --html`), on the paper chosen. */
function PrintLink({ fit }: { fit: GuideResponse['print'] }) {
  const [paper, setPaper] = useState<'a4' | 'letter'>('a4');
  const bodyPt = fit?.[paper].bodyPt;
  return (
    <div className="guide-print">
      {bodyPt !== undefined && (
        <span className={`small guide-print-fit ${bodyPt === null ? 'field-error' : 'text-secondary'}`}>
          {bodyPt === null ? 'Too long for one page' : `Fits one page at ${bodyPt} pt`}
        </span>
      )}
      <label className="sr-only" htmlFor="guide-paper">Paper</label>
      <select id="guide-paper" className="select select-sm" value={paper} onChange={(e) => setPaper(e.target.value === 'letter' ? 'letter' : 'a4')}>
        <option value="a4">A4</option>
        <option value="letter">US Letter</option>
      </select>
      <a className="button" href={`/api/v1/guide/print?paper=${paper}`} target="_blank" rel="noopener">
        Print on one page<span className="sr-only"> (opens in a new tab)</span>
      </a>
    </div>
  );
}

export function GuidePage() {
  const user = useCurrentUser();
  const guide = useGuide();
  const isAdmin = user.role === 'admin';
  const emptyStages = guide.data?.stages.filter((s) => s.behaviours.length === 0) ?? [];
  const overflowing = new Set([...(guide.data?.print?.a4.overflowing ?? []), ...(guide.data?.print?.letter.overflowing ?? [])]);
  const tooLong = guide.data?.stages.filter((s) => overflowing.has(s.key)).map((s) => s.name) ?? [];
  return (
    <>
      <PageHeader
        title="Coaching guide"
        description="What good looks like at each stage, and the questions that open the conversation. Coach to these behaviours, not to numbers."
        actions={<PrintLink fit={guide.data?.print} />}
      />
      {guide.isPending && <PageLoading label="Loading the guide…" />}
      {guide.isError && <QueryError error={guide.error} onRetry={() => void guide.refetch()} what="the coaching guide" />}
      {guide.data !== undefined && (guide.data.stages.length === 0 ? (
        <div className="card"><EmptyState title="No stages yet">The guide appears once the sales process is imported or the demo is loaded.</EmptyState></div>
      ) : (
        <>
          {isAdmin && (
            <p className="text-secondary guide-intro">
              Edit any stage, behaviour or question in place. Keys never change, so observations and sessions that cite a behaviour stay valid.
              Stages keep the order of your sales process: conversion to the next stage depends on it.
            </p>
          )}
          {tooLong.length > 0 && (
            <div className="guide-alert">
              <Alert tone="danger" title="The guide no longer fits on one printed page">
                {tooLong.join(', ')} {tooLong.length === 1 ? 'is' : 'are'} too long even at 7 pt.{' '}
                {isAdmin ? 'Shorten or remove behaviours, descriptions or questions there.' : 'An administrator can shorten it.'}
              </Alert>
            </div>
          )}
          {emptyStages.length > 0 && (
            <div className="guide-alert">
              <Alert tone="warning" title={`${emptyStages.length} stage${emptyStages.length === 1 ? ' has' : 's have'} no behaviours yet`}>
                {emptyStages.map((s, i) => <span key={s.id}>{i > 0 && ', '}<a href={`#guide-stage-${s.key}`}>{s.name}</a></span>)}.{' '}
                {isAdmin ? 'Copy the behaviours of the default stage that means the same (each stage suggests one), or add your own.'
                  : 'Managers cannot rate behaviours there until an administrator adds them.'}
              </Alert>
            </div>
          )}
          <div className="guide-columns">
            {guide.data.stages.map((stage) => <StageColumn key={stage.id} stage={stage} isAdmin={isAdmin} />)}
          </div>
        </>
      ))}
    </>
  );
}
