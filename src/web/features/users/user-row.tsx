import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role, UserSummary } from '../../../contract/api.ts';
import { apiSend } from '../../api/client.ts';
import { formatDate } from '../../components/format-date.ts';
import { Pill } from '../../components/pill.tsx';
import { roleOptions } from './role-options.ts';

type Props = { user: UserSummary; isMe: boolean };

/** One account: change its role in place, disable or re-enable it. */
export function UserRow({ user, isMe }: Props) {
  const queryClient = useQueryClient();
  const update = useMutation({
    mutationFn: (change: { role?: Role; disabled?: boolean }) =>
      apiSend<UserSummary>('PATCH', `/api/v1/users/${user.id}`, change),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
  const roleId = `user-role-${user.id}`;
  // Admins cannot lock themselves out from here; another admin can.
  const locked = isMe || update.isPending;

  return (
    <tr>
      <th scope="row">
        {user.email}
        {isMe && <span className="badge badge-accent you-badge">You</span>}
      </th>
      <td>{user.personName ?? <span className="text-muted">Not linked</span>}</td>
      <td>
        <label className="sr-only" htmlFor={roleId}>Role of {user.email}</label>
        <select id={roleId} className="select select-sm role-select" value={user.role} disabled={locked}
          onChange={(event) => update.mutate({ role: event.target.value as Role })}>
          {roleOptions.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
        </select>
      </td>
      <td>{user.disabled ? <Pill tone="neutral">Disabled</Pill> : <Pill tone="success">Active</Pill>}</td>
      <td className="nowrap">{formatDate(user.createdAt)}</td>
      <td className="num">
        <div className="row-actions">
          {update.isError && <span className="field-error" role="alert">{update.error.message}</span>}
          <button type="button" className={user.disabled ? 'button button-sm' : 'button button-sm button-danger'}
            disabled={locked} onClick={() => update.mutate({ disabled: !user.disabled })}>
            {user.disabled ? 'Enable' : 'Disable'}
            <span className="sr-only"> {user.email}</span>
          </button>
        </div>
      </td>
    </tr>
  );
}
