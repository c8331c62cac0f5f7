// What every edit of the coaching guide shares: the typed outcome (a missing id, a
// duplicate, a rule broken are values, not exceptions), who edits, the limits that keep
// the guide printable on one page, and the audit entry each change leaves.
import type pg from 'pg';
import { recordAudit, type AuditAction } from '../../db/queries/audit.ts';

export type GuideEditFailure = { ok: false; code: 'not_found' | 'conflict' | 'unprocessable'; message: string };
export type GuideEdit<T> = { ok: true; value: T } | GuideEditFailure;

/** The admin making the change (the API's viewer; null user for scripts). */
export type GuideEditor = { orgId: number; userId: number | null };

export const done = <T>(value: T): GuideEdit<T> => ({ ok: true, value });
export const fail = (code: GuideEditFailure['code'], message: string): GuideEditFailure => ({ ok: false, code, message });

// More than this per stage cannot print legibly on one landscape page (docs/coaching-guide.md).
export const MAX_BEHAVIOURS_PER_STAGE = 8;
export const MAX_QUESTIONS_PER_STAGE = 8;

/** Texts that read the same: case, accents and spacing aside. */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

/** `stage.kebab-name`, the key format of the default guide: ('discover', 'Maps the buyers!') -> 'discover.maps-the-buyers'. */
export function behaviourKeyFor(stageKey: string, name: string): string {
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const short = slug.length <= 48 ? slug : slug.slice(0, 48).replace(/-[^-]*$/, '');
  return `${stageKey}.${short || 'behaviour'}`;
}

export type GuideChange =
  | 'stage_updated' | 'behaviour_added' | 'behaviour_updated' | 'behaviours_reordered' | 'behaviour_deleted'
  | 'question_added' | 'question_updated' | 'questions_reordered' | 'question_deleted' | 'default_behaviours_copied'
  | 'restored_from_export';

/** Why an order is not a permutation of a stage's items, or null when it is. */
export function orderProblem(current: readonly number[], ids: readonly number[]): string | null {
  const own = new Set(current);
  const foreign = ids.filter((id) => !own.has(id));
  const missing = current.filter((id) => !ids.includes(id));
  const problems = [
    foreign.length > 0 ? `not of this stage: ${foreign.map((id) => `#${id}`).join(', ')}` : '',
    missing.length > 0 ? `missing: ${missing.map((id) => `#${id}`).join(', ')}` : '',
    new Set(ids).size !== ids.length ? 'some listed twice' : '',
  ].filter(Boolean);
  return problems.length > 0 ? problems.join('; ') : null;
}

const GUIDE_EDITED: AuditAction = 'guide_edited';

export async function recordGuideChange(
  client: pg.PoolClient, editor: GuideEditor, change: GuideChange, detail: Record<string, unknown>,
): Promise<void> {
  await recordAudit(client, editor.orgId, editor.userId, GUIDE_EDITED, { change, ...detail });
}
