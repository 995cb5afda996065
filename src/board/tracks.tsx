import type { PlayerView } from '../../rules/index.ts';
import { describeLead, trackPercent } from './format.ts';

function Steps({ label, value, max, limit }: { label: string; value: number; max: number; limit?: number }) {
  const steps = Array.from({ length: max + 1 }, (_, index) => index);
  return (
    <div className="track">
      <span className="track-label">
        {label} <strong>{value}</strong>
        <span className="quiet"> / {max}</span>
      </span>
      <span className="steps">
        {steps.map((step) => (
          <span
            key={step}
            className={`step${step <= value && step > 0 ? ' filled' : ''}${step === limit ? ' limit' : ''}`}
            title={step === limit ? `${label}: the limit` : `${label} ${step}`}
          >
            {step}
          </span>
        ))}
      </span>
    </div>
  );
}

/** The shared tracks: compute lead, escalation, export controls, retaliation. */
export function Tracks({ view }: { view: PlayerView }) {
  const leadMax = view.params.scoring.leadToWin;
  const lead = view.computeLead;
  const zero = trackPercent(0, -leadMax, leadMax);
  const at = trackPercent(lead, -leadMax, leadMax);
  return (
    <section className="tracks">
      <div className="track">
        <span className="track-label">
          Compute lead <strong>{describeLead(lead)}</strong>
          <span className="quiet">
            {' '}
            (−{leadMax} China … +{leadMax} US)
          </span>
        </span>
        <div className="lead-bar" role="img" aria-label={`Compute lead ${lead}`}>
          <div
            className={`lead-fill ${lead >= 0 ? 'lead-us' : 'lead-china'}`}
            style={{ left: `${Math.min(zero, at)}%`, width: `${Math.abs(at - zero)}%` }}
          />
          <div className="lead-zero" style={{ left: `${zero}%` }} />
          <div className="lead-marker" style={{ left: `${at}%` }} />
        </div>
      </div>
      <Steps
        label="Escalation"
        value={view.escalation}
        max={view.params.escalation.limit}
        limit={view.params.escalation.limit}
      />
      <Steps label="Export controls" value={view.exportControlLevel} max={view.params.controls.maxLevel} />
      <Steps
        label="Retaliation"
        value={view.retaliationLevel}
        max={view.params.controls.retaliationMaxLevel}
      />
    </section>
  );
}
