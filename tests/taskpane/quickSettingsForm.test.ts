import { fromForm, toForm } from '../../src/taskpane/quickSettingsForm';

describe('the quick settings form', () => {
  it('shows the R1 threshold as a percent with a decimal comma', () => {
    expect(toForm({ failShare: 0.3, minN: 5 })).toEqual({ currentYear: '', failSharePercent: '30', minN: '5' });
    expect(toForm({ currentYear: 2025, failShare: 0.305, minN: 7 }).failSharePercent).toBe('30,5');
  });

  it('reads «30,5 %» as 0.305 and an empty year as «the latest year in the data»', () => {
    expect(fromForm({ currentYear: ' ', failSharePercent: '30,5 %', minN: '5' })).toEqual({
      ok: true,
      settings: { failShare: 0.305, minN: 5 },
    });
    expect(fromForm({ currentYear: '2025', failSharePercent: '25', minN: '10' })).toEqual({
      ok: true,
      settings: { currentYear: 2025, failShare: 0.25, minN: 10 },
    });
  });

  it('names every field that cannot be saved', () => {
    expect(fromForm({ currentYear: '25', failSharePercent: 'тридцать', minN: '2,5' })).toEqual({
      ok: false,
      errors: { currentYear: true, failSharePercent: true, minN: true },
    });
    expect(fromForm({ currentYear: '2025', failSharePercent: '0', minN: '0' })).toEqual({
      ok: false,
      errors: { failSharePercent: true, minN: true },
    });
  });
});
