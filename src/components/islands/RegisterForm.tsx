// The registration form. Rendered on the server it is a complete plain POST form to the
// registration action; hydrated, it checks fields as they are left and before sending, with the
// same rules as the server, and sends through the same action (its field errors come back as
// the input error's issues, worded here as the server words them).
import { useEffect, useState, type SubmitEvent } from 'react';
import { actions, isInputError } from 'astro:actions';
import { CheckboxField, CheckboxGroup, ErrorSummary, SelectField, TextField } from '~/components/forms/fields';
import {
  REGISTRATION_FIELDS,
  registrationErrors,
  validateRegistration,
  type RegistrationField,
  type RegistrationValues,
} from '~/lib/registration/form';
import { DELEGATE_CATEGORIES } from '~/lib/accounts/profile';
import { LIMITS, type FieldErrors } from '~/lib/forms/fields';
import { registrationT } from '~/lib/i18n/messages/registration';
import { formsT } from '~/lib/i18n/messages/forms';
import type { Lang } from '~/lib/i18n/locales';

interface Option {
  value: string;
  label: string;
}

interface Props {
  lang: Lang;
  /** The form action's URL (`?_action=registration.register`) for the plain POST without JavaScript. */
  action: string;
  values: RegistrationValues;
  /** Errors from the server's check of the last submission. */
  errors: FieldErrors<RegistrationField>;
  topics: Option[];
  countries: Option[];
  privacyHref: string;
}

const id = (field: string) => `reg-${field}`;

/** The registration form; see the module comment. */
export default function RegisterForm(props: Props) {
  const t = registrationT(props.lang);
  const f = formsT(props.lang);
  const [values, setValues] = useState(props.values);
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState<Set<string>>(() => new Set(Object.keys(props.errors)));
  const [formError, setFormError] = useState(props.errors.form);
  // What the server said about the last submission (e.g. a topic the programme no longer has).
  const [serverErrors, setServerErrors] = useState<FieldErrors<RegistrationField>>({});
  const [sending, setSending] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [hydrated, setHydrated] = useState(false);
  const [showPassword, setShowPassword] = useState(false);

  useEffect(() => setHydrated(true), []);
  useEffect(() => {
    if (attempt > 0) document.getElementById('error-summary')?.focus();
  }, [attempt]);

  const topicIds = props.topics.map((o) => o.value);
  const check = validateRegistration({ ...values, password }, topicIds, props.lang);
  const live: FieldErrors<RegistrationField> = check.ok ? {} : check.errors;
  // Before hydration (and for untouched fields) the server's messages are what we have.
  const errors: FieldErrors<RegistrationField> = hydrated
    ? { ...serverErrors, ...Object.fromEntries(Object.entries(live).filter(([k]) => touched.has(k))) }
    : props.errors;
  if (formError) errors.form = formError;

  const set =
    <K extends keyof RegistrationValues>(key: K) =>
    (value: RegistrationValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  const touch = (field: string) => () => setTouched((s) => new Set(s).add(field));

  async function onSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(undefined);
    setServerErrors({});
    if (!check.ok) {
      setTouched(new Set(REGISTRATION_FIELDS));
      setAttempt((n) => n + 1);
      return;
    }
    if (sending) return;
    setSending(true);
    // The same action the plain form posts to; the server checks everything again.
    const { data, error } = await actions.registration.register(new FormData(event.currentTarget));
    if (data) {
      window.location.assign(data.redirect);
      return;
    }
    setSending(false);
    if (isInputError(error)) setServerErrors(registrationErrors(error, values, props.lang));
    else setFormError(error.message);
    setAttempt((n) => n + 1);
  }

  const summaryItems = [
    ...(errors.form ? [{ id: 'reg-form-start', message: errors.form }] : []),
    ...REGISTRATION_FIELDS.filter((k) => errors[k]).map((k) => ({ id: id(k), message: errors[k] ?? '' })),
  ];
  const common = (field: RegistrationField) => ({
    id: id(field),
    name: field,
    error: errors[field],
    errorPrefix: f.errorPrefix,
    requiredText: f.required,
  });

  return (
    <form
      method="post"
      action={props.action}
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      className="stacked-form"
      aria-describedby="reg-required-note"
    >
      {/* Remounted on each failed attempt so it takes focus again. */}
      <ErrorSummary key={attempt} title={t.errors.summary} errors={summaryItems} />
      <p id="reg-required-note" className="field-hint">
        {t.requiredNote}
      </p>
      <span id="reg-form-start" tabIndex={-1} />

      <fieldset className="fieldset">
        <legend>{t.sections.account}</legend>
        <TextField
          {...common('fullName')}
          label={t.labels.fullName}
          required
          value={values.fullName}
          onChange={set('fullName')}
          onBlur={touch('fullName')}
          autoComplete="name"
          maxLength={LIMITS.fullName}
        />
        <TextField
          {...common('email')}
          type="email"
          label={t.labels.email}
          required
          hint={t.hints.email}
          value={values.email}
          onChange={set('email')}
          onBlur={touch('email')}
          autoComplete="email"
          maxLength={LIMITS.email}
        />
        <TextField
          {...common('password')}
          type={showPassword ? 'text' : 'password'}
          label={t.labels.password}
          required
          hint={t.hints.password}
          value={password}
          onChange={setPassword}
          onBlur={touch('password')}
          autoComplete="new-password"
          maxLength={LIMITS.password}
        />
        {hydrated && (
          <div className="field--checkbox">
            <input
              type="checkbox"
              id="reg-show-password"
              checked={showPassword}
              onChange={(e) => setShowPassword(e.target.checked)}
            />
            <label htmlFor="reg-show-password">{f.showPassword}</label>
          </div>
        )}
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t.sections.profile}</legend>
        <TextField
          {...common('organisation')}
          label={t.labels.organisation}
          required
          value={values.organisation}
          onChange={set('organisation')}
          onBlur={touch('organisation')}
          autoComplete="organization"
          maxLength={LIMITS.organisation}
        />
        <TextField
          {...common('jobTitle')}
          label={t.labels.jobTitle}
          value={values.jobTitle}
          onChange={set('jobTitle')}
          onBlur={touch('jobTitle')}
          autoComplete="organization-title"
          maxLength={LIMITS.jobTitle}
        />
        <SelectField
          {...common('country')}
          label={t.labels.country}
          required
          placeholder={t.choose}
          options={props.countries}
          value={values.country}
          onChange={set('country')}
          onBlur={touch('country')}
          autoComplete="country"
        />
        <SelectField
          {...common('category')}
          label={t.labels.category}
          required
          placeholder={t.choose}
          options={DELEGATE_CATEGORIES.map((c) => ({ value: c, label: t.categories[c] }))}
          value={values.category}
          onChange={set('category')}
          onBlur={touch('category')}
        />
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t.sections.interests}</legend>
        <CheckboxGroup
          {...common('topics')}
          legend={t.labels.topics}
          hint={t.hints.topics}
          options={props.topics}
          values={values.topics}
          onChange={set('topics')}
        />
        <SelectField
          {...common('language')}
          label={t.labels.language}
          required
          placeholder={t.choose}
          options={[
            { value: 'vi', label: t.languages.vi },
            { value: 'en', label: t.languages.en },
          ]}
          value={values.language}
          onChange={set('language')}
          onBlur={touch('language')}
        />
      </fieldset>

      <fieldset className="fieldset" aria-describedby="reg-accessibility-hint">
        <legend>{t.sections.accessibility}</legend>
        <p id="reg-accessibility-hint" className="field-hint">
          {t.hints.accessibility}
        </p>
        <CheckboxField
          {...common('wheelchair')}
          label={t.labels.wheelchair}
          checked={values.wheelchair}
          onChange={set('wheelchair')}
        />
        <CheckboxField
          {...common('signLanguage')}
          label={t.labels.signLanguage}
          checked={values.signLanguage}
          onChange={set('signLanguage')}
        />
        <TextField
          {...common('accessibilityOther')}
          multiline
          label={t.labels.accessibilityOther}
          hint={t.hints.accessibilityOther}
          value={values.accessibilityOther}
          onChange={set('accessibilityOther')}
          onBlur={touch('accessibilityOther')}
          maxLength={LIMITS.accessibilityOther}
        />
        <CheckboxField
          {...common('consentAccessibility')}
          label={t.labels.consentAccessibility}
          checked={values.consentAccessibility}
          onChange={(v) => {
            set('consentAccessibility')(v);
            touch('consentAccessibility')();
          }}
        />
      </fieldset>

      <fieldset className="fieldset" aria-describedby="reg-consents-hint">
        <legend>{t.sections.consents}</legend>
        <p id="reg-consents-hint" className="field-hint">
          {t.hints.consents}
        </p>
        <CheckboxField
          {...common('consentRegistration')}
          required
          label={
            <>
              {t.labels.consentRegistration} <a href={props.privacyHref}>{t.labels.privacyLink}</a>.
            </>
          }
          checked={values.consentRegistration}
          onChange={(v) => {
            set('consentRegistration')(v);
            touch('consentRegistration')();
          }}
        />
        <CheckboxField
          {...common('consentMatchmaking')}
          label={
            <>
              {t.labels.consentMatchmaking} <span className="field-optional">{t.labels.optional}</span>
            </>
          }
          checked={values.consentMatchmaking}
          onChange={set('consentMatchmaking')}
        />
        <CheckboxField
          {...common('consentContactSharing')}
          label={
            <>
              {t.labels.consentContactSharing} <span className="field-optional">{t.labels.optional}</span>
            </>
          }
          checked={values.consentContactSharing}
          onChange={set('consentContactSharing')}
        />
        <CheckboxField
          {...common('consentNews')}
          label={
            <>
              {t.labels.consentNews} <span className="field-optional">{t.labels.optional}</span>
            </>
          }
          checked={values.consentNews}
          onChange={set('consentNews')}
        />
      </fieldset>

      <button type="submit" aria-disabled={sending}>
        {t.submit}
      </button>
    </form>
  );
}
