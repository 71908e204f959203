// Form fields as React components: rendered statically by Astro pages (no JavaScript) and
// reused by hydrated islands. Each field ties its label, hint and error together with
// aria-describedby / aria-invalid, the pattern WCAG 3.3.1 and 3.3.3 ask for.
import type { ReactNode } from 'react';

interface Common {
  id: string;
  name: string;
  label: ReactNode;
  error?: string | undefined;
  hint?: string | undefined;
  /** Prefix read before the error text ("Error:"), hidden visually. */
  errorPrefix: string;
  required?: boolean;
  /** The visible "(required)" marker, in the page's language. */
  requiredText?: string;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

/** The hint and error lines under a control. */
export function FieldNotes({
  id,
  hint,
  error,
  errorPrefix,
}: {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
  errorPrefix: string;
}) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">{errorPrefix} </span>
          {error}
        </p>
      )}
    </>
  );
}

function Label({ id, label, required, requiredText }: Pick<Common, 'id' | 'label' | 'required' | 'requiredText'>) {
  return (
    <label htmlFor={id}>
      {label}
      {required && requiredText ? <span className="field-required"> {requiredText}</span> : null}
    </label>
  );
}

/** A single-line or multi-line text input; controlled when `onChange` is given. */
export function TextField(
  props: Common & {
    value: string;
    onChange?: (value: string) => void;
    onBlur?: () => void;
    type?: 'text' | 'email' | 'password';
    autoComplete?: string;
    maxLength?: number;
    multiline?: boolean;
  },
) {
  const { id, name, error, hint, type = 'text', multiline = false } = props;
  const control = {
    id,
    name,
    'aria-describedby': describedBy(id, hint, error),
    'aria-invalid': error ? true : undefined,
    'aria-required': props.required || undefined,
    autoComplete: props.autoComplete,
    maxLength: props.maxLength,
    onBlur: props.onBlur,
    ...(props.onChange
      ? { value: props.value, onChange: (e: { target: { value: string } }) => props.onChange?.(e.target.value) }
      : { defaultValue: props.value }),
  };
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <Label {...props} />
      {multiline ? (
        <textarea rows={3} {...control} />
      ) : (
        <input type={type} spellCheck={type === 'text' ? undefined : false} {...control} />
      )}
      <FieldNotes id={id} hint={hint} error={error} errorPrefix={props.errorPrefix} />
    </div>
  );
}

/** A select with a "choose" placeholder option. */
export function SelectField(
  props: Common & {
    value: string;
    options: { value: string; label: string }[];
    placeholder: string;
    onChange?: (value: string) => void;
    onBlur?: () => void;
    autoComplete?: string;
  },
) {
  const { id, name, error, hint } = props;
  const valueProps = props.onChange
    ? { value: props.value, onChange: (e: { target: { value: string } }) => props.onChange?.(e.target.value) }
    : { defaultValue: props.value };
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <Label {...props} />
      <select
        id={id}
        name={name}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        aria-required={props.required || undefined}
        autoComplete={props.autoComplete}
        onBlur={props.onBlur}
        {...valueProps}
      >
        <option value="">{props.placeholder}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldNotes id={id} hint={hint} error={error} errorPrefix={props.errorPrefix} />
    </div>
  );
}

/** One checkbox with its label beside it; `value` is what the form sends when ticked. */
export function CheckboxField(
  props: Common & { checked: boolean; onChange?: (checked: boolean) => void; value?: string },
) {
  const { id, name, error, hint } = props;
  const checkedProps = props.onChange
    ? { checked: props.checked, onChange: (e: { target: { checked: boolean } }) => props.onChange?.(e.target.checked) }
    : { defaultChecked: props.checked };
  return (
    <div className={`field field--checkbox${error ? ' field--error' : ''}`}>
      <input
        type="checkbox"
        id={id}
        name={name}
        value={props.value ?? 'on'}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        aria-required={props.required || undefined}
        {...checkedProps}
      />
      <Label {...props} />
      <FieldNotes id={id} hint={hint} error={error} errorPrefix={props.errorPrefix} />
    </div>
  );
}

/** A fieldset of checkboxes sharing one name (topics of interest). */
export function CheckboxGroup(
  props: Omit<Common, 'label'> & {
    legend: string;
    options: { value: string; label: string }[];
    values: string[];
    onChange?: (values: string[]) => void;
  },
) {
  const { id, name, error, hint, values } = props;
  const toggle = (value: string, on: boolean) =>
    props.onChange?.(on ? [...values, value] : values.filter((v) => v !== value));
  return (
    <fieldset
      className={`field fieldset${error ? ' field--error' : ''}`}
      id={id}
      aria-describedby={describedBy(id, hint, error)}
      tabIndex={-1}
    >
      <legend>{props.legend}</legend>
      <FieldNotes id={id} hint={hint} error={error} errorPrefix={props.errorPrefix} />
      <div className="checkbox-grid">
        {props.options.map((o) => {
          const optionId = `${id}-${o.value}`;
          const checkedProps = props.onChange
            ? {
                checked: values.includes(o.value),
                onChange: (e: { target: { checked: boolean } }) => toggle(o.value, e.target.checked),
              }
            : { defaultChecked: values.includes(o.value) };
          return (
            <div className="field--checkbox" key={o.value}>
              <input type="checkbox" id={optionId} name={name} value={o.value} {...checkedProps} />
              <label htmlFor={optionId}>{o.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** The list of errors at the top of a form; it takes focus so screen readers announce it. */
export function ErrorSummary({ title, errors }: { title: string; errors: { id: string; message: string }[] }) {
  if (errors.length === 0) return null;
  return (
    <div
      className="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      autoFocus
      id="error-summary"
    >
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.id}>
            <a href={`#${e.id}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
