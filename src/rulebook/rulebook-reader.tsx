import { useEffect, useMemo, useRef, useState } from 'react';
import rulebookMarkdown from '../../rules/RULEBOOK.md?raw';
import type { Section } from './parse-rulebook.ts';
import { parseRulebook } from './parse-rulebook.ts';
import { BlockView } from './block-view.tsx';

/**
 * The rulebook in the app, searchable, opened at a section (`#rules-4` opens §4). Loaded on demand
 * (rulebook-link.tsx): its text and this reader are not in the board's initial JavaScript.
 */

function SectionView({ section }: { section: Section }) {
  return (
    <section
      id={`rules-${section.id}`}
      className="rules-section"
      aria-labelledby={`rules-title-${section.id}`}
    >
      <h3 id={`rules-title-${section.id}`}>{section.title}</h3>
      {section.blocks.map((block, index) => (
        <BlockView key={`${section.id}-${String(index)}`} block={block} />
      ))}
    </section>
  );
}

export default function RulebookReader({ sectionId, onClose }: { sectionId: string; onClose: () => void }) {
  const sections = useMemo(() => parseRulebook(rulebookMarkdown), []);
  const [query, setQuery] = useState('');
  const search = useRef<HTMLInputElement>(null);
  const words = query.trim().toLowerCase();
  const shown = words ? sections.filter((section) => section.searchText.includes(words)) : sections;

  useEffect(() => {
    const target = sectionId ? document.getElementById(`rules-${sectionId}`) : null;
    if (target) target.scrollIntoView({ block: 'start' });
    else search.current?.focus();
  }, [sectionId]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [onClose]);

  return (
    <div className="rulebook" role="dialog" aria-modal="true" aria-labelledby="rulebook-heading">
      <header className="rulebook-head">
        <h2 id="rulebook-heading">Rulebook</h2>
        <label className="rulebook-search">
          Search the rules
          <input
            ref={search}
            type="search"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
            }}
          />
        </label>
        <span className="quiet" aria-live="polite">
          {words ? `${shown.length} section${shown.length === 1 ? '' : 's'} mention “${query.trim()}”` : ''}
        </span>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <nav className="rulebook-contents" aria-label="Rulebook sections">
        {shown.map((section) => (
          <a key={section.id} href={`#rules-${section.id}`}>
            {section.title}
          </a>
        ))}
      </nav>
      {/* Focusable: it scrolls on its own, and a keyboard scrolls only what has focus. */}
      <div className="rulebook-body" tabIndex={0} role="region" aria-label="Rules text">
        {shown.map((section) => (
          <SectionView key={section.id} section={section} />
        ))}
      </div>
    </div>
  );
}
