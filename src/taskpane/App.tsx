/**
 * The task pane: recalculation with progress, what was recognised, flagged schools, remarks on the data
 * and quick settings. Everything Office-specific comes in through `host`.
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
import { OWNED_SHEETS, type FixedSheetKey } from '../engine/owned';
import { DiagnosticsSection } from './components/DiagnosticsSection';
import { FlagsSection } from './components/FlagsSection';
import { QuickSettingsSection } from './components/QuickSettingsSection';
import { RecalcSection } from './components/RecalcSection';
import { RecognitionSection } from './components/RecognitionSection';
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
  const open = useCallback(
    async (key: FixedSheetKey) => {
      const found = await host.selectOwned(key);
      setSelectError(found ? null : S.diagnostics.selectFailed(OWNED_SHEETS[key]));
    },
    [host],
  );
  const onOpen = (key: FixedSheetKey) => void open(key);

  return (
    <FluentProvider theme={host.theme() === 'dark' ? webDarkTheme : webLightTheme} className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{S.title}</Title3>
        <Caption1>{S.subtitle}</Caption1>
      </header>
      <main>
        <RecalcSection recalc={recalc} />
        {selectError && (
          <MessageBar intent="warning" role="alert">
            <MessageBarBody>{selectError}</MessageBarBody>
          </MessageBar>
        )}
        <FlagsSection summary={recalc.summary} onOpen={onOpen} />
        <DiagnosticsSection summary={recalc.summary} onSelect={onSelect} />
        <RecognitionSection summary={recalc.summary} onOpen={onOpen} />
        <QuickSettingsSection key={recalc.runs} host={host} onOpen={onOpen} />
      </main>
    </FluentProvider>
  );
}
