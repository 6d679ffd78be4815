// Around the screen a route shows: a loading line while its code arrives (screens are loaded on
// demand), and a plain apology instead of a blank page if the code cannot be loaded, e.g. after
// a new release replaced the files an open tab was built from. Moving to another page tries again.
import { Component, Suspense, type ReactNode } from 'react';
import { PageTitle } from '../govuk';

interface ScreenBoundaryProps {
  /** Changes when the page does, which clears a fault so the next page gets its own chance. */
  readonly resetKey: string;
  readonly children: ReactNode;
}

export function ScreenBoundary({ resetKey, children }: ScreenBoundaryProps) {
  return (
    <ScreenFaultBoundary resetKey={resetKey}>
      <Suspense fallback={<p className="govuk-body">Loading…</p>}>{children}</Suspense>
    </ScreenFaultBoundary>
  );
}

class ScreenFaultBoundary extends Component<ScreenBoundaryProps, { readonly failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidUpdate(previous: ScreenBoundaryProps): void {
    if (previous.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <>
        <PageTitle title="Sorry, there is a problem with the service" />
        <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
        <p className="govuk-body">Reload the page to try again.</p>
      </>
    );
  }
}
