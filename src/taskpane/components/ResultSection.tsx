/**
 * Flagged schools for reading at a glance: the CLI's headline with counts, one filter per kind with its count, one
 * compact row per school (real reasons before R2 warnings, which are off until chosen), and links to
 * Opora's sheets a methodologist works from.
 */
import { Button, Caption1, MessageBar, MessageBarBody, Subtitle2, ToggleButton } from '@fluentui/react-components';
import { useState } from 'react';
import { type FlagKindLabel, headline, type LastResult, type OwnedSheetKey } from '../../engine';
import { ownedSheet } from '../ownedSheets';
import { DEFAULT_KINDS, KINDS, kindCounts, schoolRows, visibleRows } from '../resultView';
import { S } from '../strings';
import { SchoolItem } from './SchoolItem';
import { useSectionStyles } from './styles';

/** The sheets linked under the list, in reading order. */
const SHEET_LINKS: OwnedSheetKey[] = ['flags', 'roadmap', 'eventPlan', 'monitoring', 'dynamics', 'summary'];

export function ResultSection(props: { result: LastResult | null; onSelect: (sheet: string, cell?: string) => void }) {
  const styles = useSectionStyles();
  const [chosen, setChosen] = useState<FlagKindLabel[]>([...DEFAULT_KINDS]);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const { result } = props;
  const rows = result ? schoolRows(result) : [];
  const counts = kindCounts(rows);
  const shown = visibleRows(rows, chosen);
  const flagged = rows.filter((r) => r.kinds.some((k) => k !== 'Предупреждение')).length;

  const toggleKind = (kind: FlagKindLabel) => setChosen(chosen.includes(kind) ? chosen.filter((k) => k !== kind) : [...chosen, kind]);
  const toggleSchool = (id: string) => {
    const next = new Set(expanded);
    if (!next.delete(id)) next.add(id);
    setExpanded(next);
  };

  return (
    <section className={styles.section} aria-labelledby="opora-flags-heading">
      <Subtitle2 as="h2" id="opora-flags-heading">
        {S.flags.heading}
      </Subtitle2>
      {!result && <p className={styles.muted}>{S.flags.notYet}</p>}
      {result && (
        <>
          <Caption1 data-testid="opora-flags-counts">{headline(result.counts.schools, result.flags, { shnor: result.counts.shnorNoData, shnsu: result.counts.shnsuNoData }, result.switchedOff)}</Caption1>
          {result.counts.schools === 0 ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{S.recalc.noSchools}</MessageBarBody>
            </MessageBar>
          ) : (
            <div className={styles.row} role="group" aria-label={S.flags.filters}>
              {KINDS.map((kind) => (
                <ToggleButton key={kind} size="small" checked={chosen.includes(kind)} onClick={() => toggleKind(kind)}>
                  {S.flags.filter(kind, counts[kind])}
                </ToggleButton>
              ))}
            </div>
          )}
          {result.counts.schools > 0 && flagged === 0 && <p>{S.flags.empty}</p>}
          {result.counts.schools > 0 && chosen.length === 0 && <p className={styles.muted}>{S.flags.noneChosen}</p>}
          {shown.length > 0 && (
            <ul className={styles.list} aria-label={S.flags.heading}>
              {shown.map((row) => (
                <SchoolItem
                  key={row.schoolId}
                  row={row}
                  places={result.places[row.schoolId]}
                  expanded={expanded.has(row.schoolId)}
                  onToggle={() => toggleSchool(row.schoolId)}
                  onSelect={props.onSelect}
                />
              ))}
            </ul>
          )}
          <nav className={styles.row} aria-label={S.flags.sheets}>
            {SHEET_LINKS.map((key) => ownedSheet(result, key))
              .filter((sheet): sheet is string => sheet !== undefined)
              .map((sheet) => (
                <Button key={sheet} size="small" onClick={() => props.onSelect(sheet)}>
                  {S.flags.open(sheet)}
                </Button>
              ))}
          </nav>
        </>
      )}
    </section>
  );
}
