import { SelectField } from '../../components/select-field.tsx';
import { useManagerOptions } from './use-analytics.ts';

type Props = { managerId: number | null; onChange: (managerId: string) => void; emptyLabel?: string };

/** Leaders and admins choose whose team to look at; the choice lives in the URL. */
export function ManagerPicker({ managerId, onChange, emptyLabel = 'Choose a manager…' }: Props) {
  const managers = useManagerOptions(true);
  const options = [
    { value: '', label: managers.isPending ? 'Loading managers…' : emptyLabel },
    ...(managers.data ?? []),
  ];
  return (
    <SelectField className="manager-picker" label="Manager" value={managerId === null ? '' : String(managerId)}
      options={options} onValueChange={onChange} />
  );
}
