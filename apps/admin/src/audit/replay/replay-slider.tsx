// The replay slider: a native range input over the history's events, so the arrow keys, Page Up
// and Page Down, Home and End all move it, with aria-valuetext naming the event rather than a
// bare number. Previous and next buttons step one event for those who find a slider hard to
// use; at either end the button says it is unavailable but keeps focus, rather than vanishing
// from under the keyboard.
import type { AuditEvent } from '../audit-trail.query';
import { clampPosition } from './replay-order';
import { sliderValueText } from './slider-value-text';

export const REPLAY_SLIDER_ID = 'replay-position';

interface ReplaySliderProps {
  readonly events: readonly AuditEvent[];
  readonly position: number;
  readonly onChange: (position: number) => void;
}

export function ReplaySlider({ events, position, onChange }: ReplaySliderProps) {
  const last = events.length - 1;
  const move = (to: number) => onChange(clampPosition(to, events.length));
  return (
    <div className="govuk-form-group">
      <label className="govuk-label govuk-label--s" htmlFor={REPLAY_SLIDER_ID}>
        Event in the history
      </label>
      <div className="govuk-hint" id={`${REPLAY_SLIDER_ID}-hint`}>
        Use the arrow keys, Page Up, Page Down, Home and End, or the buttons, to move through the history one event at a
        time.
      </div>
      <input
        type="range"
        className="app-replay-slider"
        id={REPLAY_SLIDER_ID}
        name="position"
        min={0}
        max={Math.max(last, 0)}
        step={1}
        value={position}
        aria-valuetext={sliderValueText(events[position], position, events.length)}
        aria-describedby={`${REPLAY_SLIDER_ID}-hint`}
        onChange={(event) => move(Number(event.target.value))}
      />
      <div className="govuk-button-group">
        <StepButton text="Previous event" unavailable={position <= 0} onStep={() => move(position - 1)} />
        <StepButton text="Next event" unavailable={position >= last} onStep={() => move(position + 1)} />
      </div>
    </div>
  );
}

function StepButton({
  text,
  unavailable,
  onStep,
}: {
  readonly text: string;
  readonly unavailable: boolean;
  readonly onStep: () => void;
}) {
  return (
    <button
      type="button"
      className="govuk-button govuk-button--secondary"
      aria-disabled={unavailable || undefined}
      onClick={() => {
        if (!unavailable) onStep();
      }}
    >
      {text}
    </button>
  );
}
