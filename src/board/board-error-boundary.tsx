import type { ReactNode } from 'react';
import { Component } from 'react';

interface State {
  message: string | undefined;
}

/**
 * A last guard: a board that cannot be drawn says so in words (with a way back), instead of a blank page.
 * React catches render errors only in a class component.
 */
export class BoardErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { message: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override render(): ReactNode {
    if (this.state.message === undefined) return this.props.children;
    return (
      <div className="banner notice" role="alert">
        This board could not be drawn ({this.state.message}). The match itself is safe on the server.{' '}
        <a href="/">Back to the lobby</a>
      </div>
    );
  }
}
