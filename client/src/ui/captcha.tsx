import { useCallback, useEffect, useState } from 'react';
import { useAuthOptionsQuery, useNewCaptchaMutation, type NewCaptchaMutation } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Field } from './forms';

type Captcha = NewCaptchaMutation['newCaptcha'];

/** The image code for a form: whether the server wants one, the current image, and a refresh. */
export function useCaptcha() {
  const options = useAuthOptionsQuery({ fetchPolicy: 'cache-first' });
  const required = options.data?.authOptions.captchaRequired ?? true;
  const [captcha, setCaptcha] = useState<Captcha | null>(null);
  const [mutate, { loading }] = useNewCaptchaMutation();
  const refresh = useCallback(async () => {
    try {
      const { data } = await mutate();
      setCaptcha(data?.newCaptcha ?? null);
    } catch {
      setCaptcha(null);
    }
  }, [mutate]);
  useEffect(() => {
    if (options.data && required) void refresh();
  }, [options.data, required, refresh]);
  return { required, captcha, loading, refresh, ready: !!options.data, ssoEnabled: options.data?.authOptions.ssoEnabled ?? false };
}

interface CaptchaFieldProps {
  captcha: ReturnType<typeof useCaptcha>;
  value: string;
  onValue(value: string): void;
  errors?: string[];
}

export function CaptchaField({ captcha, value, onValue, errors }: CaptchaFieldProps) {
  const { t } = useI18n();
  if (!captcha.required) return null;
  const image = captcha.captcha?.image;
  return (
    <Field
      name="captchaCode"
      label={t('captcha.label')}
      hint={t('captcha.hint')}
      errors={errors}
      value={value}
      onValue={onValue}
      inputMode="numeric"
      autoComplete="off"
      maxLength={8}
      required
      className="input-short"
      after={
        <div className="captcha">
          {image ? (
            // The SVG comes from our server; as an <img> it cannot run script or touch the page.
            <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(image)}`} alt={t('captcha.alt')} width={150} height={50} />
          ) : (
            <span className="captcha-placeholder">{t('captcha.loading')}</span>
          )}
          <button type="button" className="button-secondary" onClick={() => void captcha.refresh()} disabled={captcha.loading}>
            {t('captcha.refresh')}
          </button>
        </div>
      }
    />
  );
}
