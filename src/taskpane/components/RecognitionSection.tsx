/** What Opora recognized: every sheet with its role and confidence, and the way to correct it. */
import { Button, Caption1, Subtitle2, Text } from '@fluentui/react-components';
import { type LastResult, ROLE_LABELS } from '../../engine';
import { ownedSheet } from '../ownedSheets';
import { S } from '../strings';
import { useSectionStyles } from './styles';

export function RecognitionSection(props: { summary: LastResult | null; onSelect: (sheet: string) => void }) {
  const styles = useSectionStyles();
  const mapping = ownedSheet(props.summary, 'mapping');
  const sheets = props.summary?.sheets.filter((s) => s.role !== 'opora') ?? [];
  return (
    <section className={styles.section} aria-labelledby="opora-recognition-heading">
      <Subtitle2 as="h2" id="opora-recognition-heading">
        {S.recognition.heading}
      </Subtitle2>
      {sheets.length === 0 ? (
        <p className={styles.muted}>{S.recognition.empty}</p>
      ) : (
        <ul className={styles.list} aria-label={S.recognition.heading}>
          {sheets.map((s) => (
            <li key={s.sheet} className={styles.item}>
              <Text weight="semibold">{s.sheet}</Text>
              <Caption1>
                {ROLE_LABELS[s.role] ?? s.role} · {S.recognition.confidence.toLowerCase()}{' '}
                {Math.round(s.confidence * 100)} %
              </Caption1>
            </li>
          ))}
        </ul>
      )}
      <Caption1 className={styles.muted}>{S.recognition.mappingHint}</Caption1>
      {mapping !== undefined && (
        <div>
          <Button onClick={() => props.onSelect(mapping)}>{S.recognition.openMapping(mapping)}</Button>
        </div>
      )}
    </section>
  );
}
