import { GlobalOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { updateMe } from '../features/auth/auth.api';
import { applyLocale, currentLocale, isLocale, type Locale } from '../i18n';

/** Language picker; when signed in the choice is also saved on the user's profile. */
export function LanguageSwitch({ signedIn }: { signedIn: boolean }) {
  const { t, i18n } = useTranslation();
  const change = (value: Locale) => {
    applyLocale(value);
    // Older servers have no PATCH /auth/me; the local choice still applies.
    if (signedIn) updateMe({ locale: value }).catch(() => undefined);
  };
  return (
    <Select<Locale>
      aria-label={t('layout.language')}
      size="small"
      variant="borderless"
      value={isLocale(i18n.language) ? i18n.language : currentLocale()}
      onChange={change}
      suffixIcon={<GlobalOutlined />}
      style={{ width: 104 }}
      options={[
        { value: 'zh-CN', label: '简体中文' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
