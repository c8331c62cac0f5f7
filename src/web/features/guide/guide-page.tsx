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
import { StageColumn } from './stage-column.tsx';
import { useGuide } from './use-guide.ts';

/** The printable one-page view (the same page as `coachboard guide --html`), on the paper chosen. */
function PrintLink() {
  const [paper, setPaper] = useState<'a4' | 'letter'>('a4');
  return (
    <div className="guide-print">
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
  return (
    <>
      <PageHeader
        title="Coaching guide"
        description="What good looks like at each stage, and the questions that open the conversation. Coach to these behaviours, not to numbers."
        actions={<PrintLink />}
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
