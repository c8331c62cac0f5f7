export type SetupStep = 'account' | 'data';

const steps: { key: SetupStep; label: string }[] = [
  { key: 'account', label: 'Create the admin account' },
  { key: 'data', label: 'Add your data' },
];

/** "1 Create the admin account — 2 Add your data", with the current step marked. */
export function SetupSteps({ current }: { current: SetupStep }) {
  const currentIndex = steps.findIndex((step) => step.key === current);
  return (
    <ol className="setup-steps" aria-label="Setup progress">
      {steps.map((step, index) => (
        <li
          key={step.key}
          className="setup-step"
          data-state={index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'todo'}
          aria-current={index === currentIndex ? 'step' : undefined}
        >
          <span className="setup-step-number" aria-hidden="true">{index < currentIndex ? '✓' : index + 1}</span>
          <span>
            <span className="sr-only">Step {index + 1} of {steps.length}: </span>
            {step.label}
            {index < currentIndex && <span className="sr-only"> (done)</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
