// The problems a form is showing, numbered by attempt: the error summary is keyed by the attempt,
// so every failed attempt remounts it and it takes focus again.
import { useCallback, useState } from 'react';
import type { FormProblems } from './form-problems';

export interface ShownProblems<F extends string> extends FormProblems<F> {
  readonly attempt: number;
}

export function useFormProblems<F extends string>() {
  const [problems, setProblems] = useState<ShownProblems<F> | null>(null);
  const show = useCallback(
    (found: FormProblems<F>) => setProblems((previous) => ({ ...found, attempt: (previous?.attempt ?? 0) + 1 })),
    [],
  );
  const clear = useCallback(() => setProblems(null), []);
  return { problems, show, clear };
}
