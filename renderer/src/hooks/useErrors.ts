import { useCallback, useState } from 'react';
import { messageOf } from '../lanyard-api';

/** One message shown to the writer until they dismiss it. */
export interface ShownError {
  id: number;
  message: string;
}

let nextId = 1;

/** Errors to show as dismissible alerts; the same message twice is shown once. */
export function useErrors(): {
  errors: ShownError[];
  report: (error: unknown) => void;
  dismiss: (id: number) => void;
} {
  const [errors, setErrors] = useState<ShownError[]>([]);
  const report = useCallback((error: unknown) => {
    const message = messageOf(error);
    setErrors((shown) =>
      shown.some((item) => item.message === message) ? shown : [...shown, { id: nextId++, message }],
    );
  }, []);
  const dismiss = useCallback((id: number) => setErrors((shown) => shown.filter((item) => item.id !== id)), []);
  return { errors, report, dismiss };
}
