// The document title for a screen, in the GOV.UK form "Page – Service – GOV.UK", prefixed with
// "Error: " while a form shows errors so screen reader users hear it when the page changes.
// Set on document.title rather than rendered as React 19's hoisted <title>, which would sit
// beside the one index.html needs before the app starts, and a document may have only one.
import { useEffect } from 'react';

export const SERVICE_NAME = 'National Support Framework';

interface PageTitleProps {
  readonly title: string;
  readonly hasErrors?: boolean;
}

export function pageTitle(title: string, hasErrors = false): string {
  return `${hasErrors ? 'Error: ' : ''}${title} – ${SERVICE_NAME} – GOV.UK`;
}

export function PageTitle({ title, hasErrors = false }: PageTitleProps) {
  useEffect(() => {
    document.title = pageTitle(title, hasErrors);
  }, [title, hasErrors]);
  return null;
}
