import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { isAssumedDefault } from './assumed';
import { getAt, type Path, splitList } from './draft';
import { useForm } from './form-context';
import { fieldId, scaleOf } from './issues';

type FieldProps = { path: Path; label: string; hint?: string; class?: string };
type Field = ReturnType<typeof useField>;

/** One field's id, value, messages and assumed-default state, and the attributes its control carries. */
function useField(path: Path, hint: string | undefined) {
  const { draft, errors, update } = useForm();
  const id = fieldId(path);
  const value = getAt(draft, path);
  const messages = errors.get(id) ?? [];
  const assumed = isAssumedDefault(path, value, draft);
  const describedBy = [messages.length > 0 && `${id}-error`, assumed && `${id}-note`, hint && `${id}-hint`];
  const control = {
    id,
    name: id,
    'aria-invalid': messages.length > 0,
    'aria-describedby': describedBy.filter(Boolean).join(' ') || undefined,
  };
  return { id, value, messages, assumed, control, set: (v: unknown) => update(path, v) };
}

/** The label, the control, then the validation message, the assumed-default note and the hint. */
function Frame(props: { f: Field; label: string; hint?: string; class?: string; children: ComponentChildren }) {
  const { f, label, hint } = props;
  return (
    <div class={props.class ? `field ${props.class}` : 'field'}>
      <label for={f.id}>{label}</label>
      {props.children}
      {f.messages.length > 0 && (
        <small id={`${f.id}-error`} class="field-error">
          {f.messages.join('; ')}
        </small>
      )}
      {f.assumed && (
        <small id={`${f.id}-note`} class="field-note">
          {t('options_assumed_note')}
        </small>
      )}
      {hint && (
        <small id={`${f.id}-hint`} class="field-hint">
          {hint}
        </small>
      )}
    </div>
  );
}

type TextProps = FieldProps & {
  placeholder?: string;
  list?: string;
  inputMode?: 'text' | 'numeric';
  optional?: boolean;
};

/** Free text; an `optional` field left empty is left out of the file (undefined). */
export function TextField({ path, label, hint, class: cls, optional, ...attrs }: TextProps) {
  const f = useField(path, hint);
  return (
    <Frame f={f} label={label} hint={hint} class={cls}>
      <input
        type="text"
        autocomplete="off"
        spellcheck={false}
        {...f.control}
        {...attrs}
        value={typeof f.value === 'string' ? f.value : ''}
        onInput={(e) => f.set(optional && e.currentTarget.value.trim() === '' ? undefined : e.currentTarget.value)}
      />
    </Frame>
  );
}

/** A list of dates typed as comma-separated text; the draft holds the list, the schema checks each date. */
export function DateListField({ path, label, hint, class: cls }: FieldProps) {
  const f = useField(path, hint);
  const show = (v: unknown) => (Array.isArray(v) ? v.join(', ') : '');
  // The typed text, with the list it stood for: a list from elsewhere (import, reset) replaces it.
  const [typed, setTyped] = useState({ text: show(f.value), value: f.value });
  const text = Object.is(typed.value, f.value) ? typed.text : show(f.value);
  return (
    <Frame f={f} label={label} hint={hint} class={cls ?? 'wide'}>
      <input
        type="text"
        autocomplete="off"
        spellcheck={false}
        placeholder="2026-11-26, 2026-12-25"
        {...f.control}
        value={text}
        onInput={(e) => {
          const list = splitList(e.currentTarget.value);
          setTyped({ text: e.currentTarget.value, value: list });
          f.set(list);
        }}
      />
    </Frame>
  );
}

/** A wall-clock time as "HH:MM" text (a time input would refuse to even hold "25:00", so no message could name it). */
export const TimeField = (props: FieldProps) => (
  <TextField {...props} class={props.class ?? 'short'} placeholder="HH:MM" inputMode="numeric" />
);

type NumberProps = FieldProps & { optional?: boolean; whole?: boolean };

/**
 * A number the seller types freely: the draft gets NaN while the box is empty or unreadable (undefined
 * when the field is optional), and percentages are shown ×100 (see `scaleOf`).
 */
export function NumberField({ path, label, hint, class: cls, optional, whole }: NumberProps) {
  const f = useField(path, hint);
  const scale = scaleOf(path);
  const value = f.value as number | undefined;
  const toValue = (text: string) => (text.trim() === '' ? (optional ? undefined : Number.NaN) : Number(text) / scale);
  const show = (v: number | undefined) =>
    v === undefined || Number.isNaN(v) ? '' : String(Math.round(v * scale * 1e6) / 1e6);
  // The typed text, with the value it stood for: a value from elsewhere (import, reset) replaces it.
  const [typed, setTyped] = useState({ text: show(value), value });
  const text = Object.is(typed.value, value) ? typed.text : show(value);
  return (
    <Frame f={f} label={label} hint={hint} class={cls ?? 'short'}>
      <input
        type="number"
        inputMode={whole ? 'numeric' : 'decimal'}
        step={whole ? '1' : 'any'}
        min="0"
        {...f.control}
        value={text}
        onInput={(e) => {
          const t = e.currentTarget.value;
          const v = toValue(t);
          setTyped({ text: t, value: v });
          f.set(v);
        }}
      />
    </Frame>
  );
}

type SelectProps = FieldProps & { options: readonly { value: string; label: string }[]; onPick?: (v: string) => void };

export function SelectField({ path, label, hint, class: cls, options, onPick }: SelectProps) {
  const f = useField(path, hint);
  return (
    <Frame f={f} label={label} hint={hint} class={cls}>
      <select {...f.control} value={String(f.value)} onChange={(e) => (onPick ?? f.set)(e.currentTarget.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}
