/** A date entity is named by its most explicit mention. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('date names', () => {
  it('"Monday 19 December" is one mention, named "19 December"', () => {
    const a = analyze(
      'BRUSSELS, 20 December 2016 – On Monday 19 December the Council met. Today the ministers agreed.',
    );
    const dates = a.entities.filter((e) => e.type === 'date');
    expect(dates.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['20 December 2016', ['20 December 2016', 'Today']],
      ['19 December', ['Monday 19 December']],
    ]);
  });
});
