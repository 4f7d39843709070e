// A pane that fails to render shows what went wrong and a way to try again,
// instead of taking the editor (and the drafter's unsaved work) down with it.
import { Component, type ReactNode } from 'react';
import { t, type Lang } from './i18n';

interface Props {
  readonly lang: Lang;
  /** Changing the key of what is shown (another tab, another clause) clears the error. */
  readonly resetKey: string;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
  readonly key: string;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(error: unknown): void {
    console.warn('Rancang: a pane failed to render', error);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="pane pane-error" role="alert">
        <p>{t(this.props.lang, 'paneFailed')}</p>
        <pre>{this.state.error.message}</pre>
        <button onClick={() => this.setState({ error: null })}>{t(this.props.lang, 'retry')}</button>
      </div>
    );
  }
}
