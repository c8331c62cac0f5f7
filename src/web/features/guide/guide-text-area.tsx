// A labelled, growing text box for the guide's texts (descriptions and questions wrap in a
// narrow column). The texts are single paragraphs, so Enter saves the form, as in an input.
import type { TextareaHTMLAttributes } from 'react';
import { Field } from '../../components/field.tsx';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange' | 'value'> & {
  label: string; value: string; onValueChange: (value: string) => void; hint?: string; error?: string | null; optional?: boolean;
};

export function GuideTextArea({ label, value, onValueChange, hint, error, optional, ...area }: Props) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional}>
      {(control) => (
        <textarea {...area} {...control} className="input input-sm guide-textarea" rows={2} value={value}
          onChange={(e) => onValueChange(e.target.value.replace(/\n/g, ' '))}
          onFocus={(e) => { const end = e.currentTarget.value.length; e.currentTarget.setSelectionRange(end, end); }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); e.currentTarget.form?.requestSubmit(); }
          }} />
      )}
    </Field>
  );
}
