import { useState } from 'react';
import type { CoCreationSession, ObstacleCategory } from '../../../contract/cocreation.ts';
import { isApiError } from '../../api/api-error.ts';
import { fieldErrorsFrom } from '../../api/field-errors.ts';
import { obstacleLabels, obstacleOrder } from '../../components/obstacle-labels.ts';
import { useCaptureInnovation } from './use-cocreation.ts';

/** A success, written up for others: the situation, the approach, and the lesson about how customers buy. */
export function CaptureInnovationForm({ session }: { session: CoCreationSession }) {
  const capture = useCaptureInnovation(session.id);
  const chosen = session.ideas.filter((idea) => idea.chosen).map((idea) => idea.text);
  const [title, setTitle] = useState('');
  const [segment, setSegment] = useState(session.deal.segment ?? '');
  const [obstacle, setObstacle] = useState<ObstacleCategory | ''>(session.obstacleCategory ?? '');
  const [situation, setSituation] = useState(session.obstacle ?? '');
  const [approach, setApproach] = useState([...chosen, session.decision ?? ''].filter((t) => t !== '').join('\n'));
  const [lesson, setLesson] = useState('');
  const errors = capture.error !== null && isApiError(capture.error) ? fieldErrorsFrom(capture.error) : {};
  const field = (id: string, label: string, value: string, set: (v: string) => void, rows: number, hint?: string) => (
    <div className="field">
      <label className="field-label" htmlFor={id}>{label}</label>
      {hint !== undefined && <p className="field-hint" id={`${id}-hint`}>{hint}</p>}
      <textarea id={id} className="input textarea" rows={rows} value={value} onChange={(e) => set(e.target.value)}
        aria-describedby={hint !== undefined ? `${id}-hint` : undefined} />
      {errors[id.replace('capture-', '')] !== undefined && <p className="field-error">{errors[id.replace('capture-', '')]}</p>}
    </div>
  );
  return (
    <form className="capture-form stack" aria-labelledby="capture-title" onSubmit={(e) => {
      e.preventDefault();
      capture.mutate({
        title: title.trim(), segment: segment.trim() === '' ? null : segment.trim(), ...(obstacle !== '' ? { obstacleCategory: obstacle } : {}),
        situation: situation.trim(), approach: approach.trim(), lesson: lesson.trim(),
      });
    }}>
      <div>
        <h3 id="capture-title" className="step-subtitle">Capture as an innovation</h3>
        <p className="field-hint">It worked: share it so that others facing the same obstacle can learn from it. Nobody is told to copy it.</p>
      </div>
      <div className="capture-row">
        <div className="field capture-title">
          <label className="field-label" htmlFor="capture-title-input">Title</label>
          <input id="capture-title-input" className="input" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="e.g. Phased rollout unlocks a frozen budget" />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="capture-segment">Segment</label>
          <input id="capture-segment" className="input" value={segment} onChange={(e) => setSegment(e.target.value)} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="capture-obstacle">Obstacle</label>
          <select id="capture-obstacle" className="select" value={obstacle} onChange={(e) => setObstacle(e.target.value as ObstacleCategory)}>
            {obstacle === '' && <option value="">Choose…</option>}
            {obstacleOrder.map((o) => <option key={o} value={o}>{obstacleLabels[o]}</option>)}
          </select>
        </div>
      </div>
      {field('capture-situation', 'The situation', situation, setSituation, 3)}
      {field('capture-approach', 'The approach', approach, setApproach, 3)}
      {field('capture-lesson', 'The lesson', lesson, setLesson, 3, 'What this taught us about how customers buy in this segment.')}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={capture.isPending || title.trim().length < 3 || lesson.trim() === ''}>Capture in the library</button>
      </div>
      {capture.isError && <p className="field-error" role="alert">{capture.error.message}</p>}
    </form>
  );
}
