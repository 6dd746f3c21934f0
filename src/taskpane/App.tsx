/**
 * The task pane: the errors of the last run in a red banner on top, recalculation with progress, flagged
 * schools, remarks on the data, what was recognized and quick settings. Opens on the result the workbook
 * already holds. Everything Office-specific comes in through `host`.
 */
import {
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Title3,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { DiagnosticsSection } from './components/DiagnosticsSection';
import { ErrorBanner } from './components/ErrorBanner';
import { QuickSettingsSection } from './components/QuickSettingsSection';
import { RecalcSection } from './components/RecalcSection';
import { RecognitionSection } from './components/RecognitionSection';
import { ResultSection } from './components/ResultSection';
import { ownedSheet } from './ownedSheets';
import type { PaneHost } from './host';
import { S } from './strings';
import { useRecalculation } from './useRecalculation';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    minWidth: '0',
    paddingInline: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: 'flex', flexDirection: 'column', paddingBottom: tokens.spacingVerticalS },
});

export function App({ host }: { host: PaneHost }) {
  const styles = useStyles();
  const recalc = useRecalculation(host);
  const [selectError, setSelectError] = useState<string | null>(null);

  const select = useCallback(
    async (sheet: string, cell?: string) => {
      const found = await host.select(sheet, cell);
      setSelectError(found ? null : S.diagnostics.selectFailed(sheet));
    },
    [host],
  );
  const onSelect = (sheet: string, cell?: string) => void select(sheet, cell);

  return (
    <FluentProvider theme={host.theme() === 'dark' ? webDarkTheme : webLightTheme} className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{S.title}</Title3>
        <Caption1>{S.subtitle}</Caption1>
      </header>
      <main>
        <ErrorBanner result={recalc.result} onSelect={onSelect} />
        <RecalcSection recalc={recalc} />
        {selectError && (
          <MessageBar intent="warning" role="alert">
            <MessageBarBody>{selectError}</MessageBarBody>
          </MessageBar>
        )}
        <ResultSection result={recalc.result} onSelect={onSelect} />
        <DiagnosticsSection summary={recalc.result} onSelect={onSelect} />
        <RecognitionSection summary={recalc.result} onSelect={onSelect} />
        <QuickSettingsSection key={recalc.runs} host={host} sheet={ownedSheet(recalc.result, 'settings')} onSelect={onSelect} />
      </main>
    </FluentProvider>
  );
}
