/**
 * Flagged schools, one block per school, each flag with its kind, rule and checkable explanation.
 * ШНОР, ШНСУ and objectivity risks come first; R2 warnings (a single «2» is enough for one) would bury
 * them, so schools with only warnings are listed behind a button.
 */
import { Badge, Button, Subtitle2, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { Summary, SummaryFlag } from '../../engine/output/summary';
import type { FixedSheetKey } from '../../engine/owned';
import { S } from '../strings';
import { useSectionStyles } from './styles';

const KIND_COLOR: Record<string, 'danger' | 'warning' | 'important' | 'informative'> = {
  ШНОР: 'danger',
  ШНСУ: 'warning',
  'Риск необъективности': 'important',
};
const WARNING_KIND = 'Предупреждение';

interface SchoolFlags {
  schoolId: string;
  schoolName: string;
  flags: SummaryFlag[];
}

/** Flags grouped by school in the summary's order. */
function bySchool(flags: SummaryFlag[]): SchoolFlags[] {
  const groups = new Map<string, SchoolFlags>();
  for (const f of flags) {
    const g = groups.get(f.schoolId) ?? { schoolId: f.schoolId, schoolName: f.schoolName, flags: [] };
    g.flags.push(f);
    groups.set(f.schoolId, g);
  }
  return [...groups.values()];
}

function SchoolList({ groups, label }: { groups: SchoolFlags[]; label: string }) {
  const styles = useSectionStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {groups.map((g) => (
        <li key={g.schoolId} className={styles.item} data-school-id={g.schoolId}>
          <Text weight="semibold">{g.schoolName}</Text>
          {g.flags.map((f) => (
            <div key={f.ruleId + f.kind} className={styles.item}>
              <div className={styles.row}>
                <Badge appearance={f.kind === WARNING_KIND ? 'tint' : 'filled'} color={KIND_COLOR[f.kind] ?? 'informative'}>
                  {f.kind}
                </Badge>
                <Text size={200}>
                  {S.flags.rule} {f.ruleId}
                </Text>
              </div>
              <Text size={200}>{f.explanation}</Text>
            </div>
          ))}
        </li>
      ))}
    </ul>
  );
}

export function FlagsSection(props: { summary: Summary | null; onOpen: (key: FixedSheetKey) => void }) {
  const styles = useSectionStyles();
  const [showWarnings, setShowWarnings] = useState(false);
  const groups = props.summary ? bySchool(props.summary.flags) : [];
  const flagged = groups.filter((g) => g.flags.some((f) => f.kind !== WARNING_KIND));
  const warnedOnly = groups.filter((g) => !flagged.includes(g));
  return (
    <section className={styles.section} aria-labelledby="opora-flags-heading">
      <Subtitle2 as="h2" id="opora-flags-heading">
        {S.flags.heading}
      </Subtitle2>
      {!props.summary && <p className={styles.muted}>{S.flags.notYet}</p>}
      {props.summary && flagged.length === 0 && <p>{S.flags.empty}</p>}
      {flagged.length > 0 && <SchoolList groups={flagged} label={S.flags.heading} />}
      {warnedOnly.length > 0 && (
        <div>
          <Button appearance="subtle" aria-expanded={showWarnings} onClick={() => setShowWarnings(!showWarnings)}>
            {showWarnings ? S.flags.hideWarnings : S.flags.showWarnings(warnedOnly.length)}
          </Button>
        </div>
      )}
      {showWarnings && <SchoolList groups={warnedOnly} label={S.flags.warningsHeading} />}
      {props.summary && (
        <div>
          <Button onClick={() => props.onOpen('flags')}>{S.flags.openSheet}</Button>
        </div>
      )}
    </section>
  );
}
