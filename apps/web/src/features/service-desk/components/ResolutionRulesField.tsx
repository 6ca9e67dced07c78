/**
 * The resolution rules of the desk settings: per category and severity (empty = any),
 * what resolving needs (a public reply or solution, the root cause, the closing summary).
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { requestCategories, severityLevels } from '../../entitlements/entitlements.api';

export const resolutionRequirements = ['answer', 'root_cause', 'closing_summary'] as const;

export function ResolutionRulesField() {
  const { t } = useTranslation();
  return (
    <Form.Item
      label={t('serviceDesk.settings.resolutionRules')}
      extra={t('serviceDesk.settings.resolutionRulesHint')}
    >
      <Form.List name="resolutionRules">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8} data-testid="resolution-rules">
            {fields.map((field) => (
              <Flex key={field.key} gap={8} wrap align="baseline">
                <Form.Item name={[field.name, 'categories']} noStyle>
                  <Select
                    mode="multiple"
                    allowClear
                    style={{ minWidth: 200 }}
                    placeholder={t('serviceDesk.settings.anyCategory')}
                    options={requestCategories.map((c) => ({
                      value: c,
                      label: t(`entitlements.category.${c}`),
                    }))}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'severities']} noStyle>
                  <Select
                    mode="multiple"
                    allowClear
                    style={{ minWidth: 140 }}
                    placeholder={t('serviceDesk.settings.anySeverity')}
                    options={severityLevels.map((s) => ({ value: s, label: s }))}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'require']}
                  noStyle
                  rules={[{ required: true, type: 'array', min: 1 }]}
                >
                  <Checkbox.Group
                    options={resolutionRequirements.map((r) => ({
                      value: r,
                      label: t(`serviceDesk.requirement.${r}`),
                    }))}
                  />
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('common.delete')}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            {fields.length === 0 && (
              <Typography.Text type="secondary">{t('serviceDesk.settings.noRules')}</Typography.Text>
            )}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ categories: [], severities: [], require: ['answer'] })}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('serviceDesk.settings.addRule')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
