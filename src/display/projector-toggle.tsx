import { useProjectorMode } from './projector-mode.ts';

/** The header's switch for projector mode: large type, strong contrast, thick lines (high-contrast.css). */
export function ProjectorToggle() {
  const [on, setOn] = useProjectorMode();
  return (
    <button
      type="button"
      className="projector-toggle"
      aria-pressed={on}
      onClick={() => {
        setOn(!on);
      }}
    >
      Projector<span className="projector-toggle-more"> mode</span>
    </button>
  );
}
