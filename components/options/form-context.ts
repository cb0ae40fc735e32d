import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Draft, Path } from './draft';

/** What every field reads and writes: the draft, the messages by control id, and the one update. */
export type Form = {
  draft: Draft;
  errors: ReadonlyMap<string, readonly string[]>;
  update(path: Path, value: unknown): void;
};

export const FormContext = createContext<Form | null>(null);

export function useForm(): Form {
  const form = useContext(FormContext);
  if (!form) throw new Error('a settings field must sit inside <FormContext.Provider>');
  return form;
}
