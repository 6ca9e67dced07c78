import { Checkbox, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';

/** Checkbox list of permission strings with their localized names; use inside a Form.Item. */
export function PermissionChecks({
  permissions,
  value,
  onChange,
}: {
  permissions: string[];
  value?: string[];
  onChange?: (v: string[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group style={{ width: '100%' }} value={value} onChange={(v) => onChange?.(v as string[])}>
      <Row gutter={[8, 8]}>
        {permissions.map((p) => (
          <Col xs={24} md={12} key={p}>
            <Checkbox value={p}>
              {t(`permissions.${p.replace(':', '_')}`, { defaultValue: p })}{' '}
              <code style={{ fontSize: 11, opacity: 0.6 }}>{p}</code>
            </Checkbox>
          </Col>
        ))}
      </Row>
    </Checkbox.Group>
  );
}
