/** Remarks on the data, errors first; each names its sheet and cell and selects it when clicked. */
import { Badge, Link, Subtitle2, Text } from '@fluentui/react-components';
import type { LastResult, SummaryDiagnostic } from '../../engine';
import { S } from '../strings';
import { useSectionStyles } from './styles';

const ORDER: Record<string, number> = { error: 0, warning: 1, info: 2 };
const COLOR: Record<string, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

export function DiagnosticsSection(props: {
  summary: LastResult | null;
  onSelect: (sheet: string, cell?: string) => void;
}) {
  const styles = useSectionStyles();
  if (!props.summary) return null;
  const items: SummaryDiagnostic[] = [...props.summary.diagnostics].sort(
    (a, b) => (ORDER[a.severity] ?? 3) - (ORDER[b.severity] ?? 3),
  );
  return (
    <section className={styles.section} aria-labelledby="opora-diagnostics-heading">
      <Subtitle2 as="h2" id="opora-diagnostics-heading">
        {S.diagnostics.heading}
      </Subtitle2>
      {items.length === 0 ? (
        <p>{S.diagnostics.empty}</p>
      ) : (
        <ul className={styles.list} aria-label={S.diagnostics.heading} data-testid="opora-diagnostics">
          {items.map((d, i) => (
            <li key={i} className={styles.item}>
              <div className={styles.row}>
                <Badge appearance="tint" color={COLOR[d.severity] ?? 'informative'}>
                  {S.diagnostics.severity[d.severity] ?? d.severity}
                </Badge>
                {d.sheet && (
                  <Link as="button" onClick={() => props.onSelect(d.sheet as string, d.cell)}>
                    {S.diagnostics.goTo(d.sheet, d.cell)}
                  </Link>
                )}
              </div>
              <Text size={200}>{d.text}</Text>
              {d.advice && (
                <Text size={200} className={styles.muted}>
                  {S.diagnostics.whatToDo}
                  {d.advice}
                </Text>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
