import type { PickedPrompt } from './prompts.ts';

/** A table's discussion prompts: the question, the essay's words it tests (if a claim), and the table's figures. */
export function PromptList({ prompts }: { prompts: readonly PickedPrompt[] }) {
  if (prompts.length === 0)
    return <p className="quiet">This table's history has no figures to discuss yet.</p>;
  return (
    <ol className="prompt-list">
      {prompts.map(({ prompt, evidence, claim }) => (
        <li key={prompt.id} data-prompt={prompt.id}>
          <p className="prompt-question">{prompt.question}</p>
          {claim ? (
            <p className="prompt-claim">
              The essay: “{claim.quote}” <span className="quiet">(rulebook {claim.section})</span>
            </p>
          ) : null}
          <p className="prompt-evidence">{evidence}</p>
        </li>
      ))}
    </ol>
  );
}
