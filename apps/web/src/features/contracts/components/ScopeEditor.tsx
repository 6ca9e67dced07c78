import { Checkbox, Flex, Input, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Frequency, frequencies, type ScopeItem, scopeItemTypes } from '../contracts.types';

/** The service scope as a checklist: one row per service type, with frequency and limit once ticked. */
export function ScopeEditor({
  value = [],
  onChange,
}: {
  value?: ScopeItem[];
  onChange?: (v: ScopeItem[]) => void;
}) {
  const { t } = useTranslation();
  const byType = new Map(value.map((i) => [i.type, i]));
  // Keep the checklist order, whatever order the items came in.
  const emit = (next: Map<string, ScopeItem>) =>
    onChange?.(scopeItemTypes.flatMap((type) => (next.has(type) ? [next.get(type) as ScopeItem] : [])));
  const patch = (type: ScopeItem['type'], change: Partial<ScopeItem> | null) => {
    const next = new Map(byType);
    if (change === null) next.delete(type);
    else {
      const merged: ScopeItem = { ...(next.get(type) ?? { type }), ...change };
      for (const k of ['frequency', 'quota', 'notes'] as const)
        if (merged[k] == null || merged[k] === '') delete merged[k];
      next.set(type, merged);
    }
    emit(next);
  };
  return (
    <Flex vertical gap={6} data-testid="scope-editor">
      {scopeItemTypes.map((type) => {
        const item = byType.get(type);
        return (
          <Flex key={type} gap={8} align="center" wrap>
            <Checkbox
              checked={!!item}
              onChange={(e) => patch(type, e.target.checked ? { type } : null)}
              style={{ width: 230, flex: 'none' }}
              data-testid={`scope-${type}`}
            >
              {t(`contracts.scopeTypes.${type}`)}
            </Checkbox>
            {item && (
              <>
                <Select<Frequency>
                  allowClear
                  size="small"
                  style={{ width: 120 }}
                  placeholder={t('contracts.terms.frequency')}
                  aria-label={`${t(`contracts.scopeTypes.${type}`)} ${t('contracts.terms.frequency')}`}
                  value={item.frequency}
                  onChange={(v) => patch(type, { frequency: v ?? undefined })}
                  options={frequencies.map((f) => ({ value: f, label: t(`contracts.frequencies.${f}`) }))}
                  data-testid={`scope-${type}-frequency`}
                />
                <InputNumber
                  size="small"
                  min={1}
                  max={10000}
                  precision={0}
                  style={{ width: 110 }}
                  placeholder={t('contracts.terms.quota')}
                  aria-label={t('contracts.terms.quota')}
                  value={item.quota ?? null}
                  onChange={(v) => patch(type, { quota: v ?? undefined })}
                />
                <Input
                  size="small"
                  style={{ flex: 1, minWidth: 160 }}
                  maxLength={1000}
                  placeholder={t('contracts.terms.notes')}
                  aria-label={t('contracts.terms.notes')}
                  value={item.notes ?? ''}
                  onChange={(e) => patch(type, { notes: e.target.value })}
                />
              </>
            )}
          </Flex>
        );
      })}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('contracts.terms.scopeHint')}
      </Typography.Text>
    </Flex>
  );
}
