// Coverage columns are clauses: a second copy of a template and a hand-written
// Pasal linked to a project gap each get a column named so a reader knows it.
import { describe, expect, test } from 'vitest';
import { closingClauses, coverageColumns } from '../../src/core/coverage';
import type { ClosingClause } from '../../src/core/gaps';

const clause = (id: string, template: string, pasal: string[]): ClosingClause => ({ clause: id, template, pasal, modified: false, criteria: ['F1'] });

describe('coverage columns', () => {
  test('one per clause, in template order, hand-written Pasal named by their label', () => {
    const a = clause('c1', 'siaran-langsung', ['Pasal 8', 'Pasal 94']);
    const b = clause('c2', 'itikad-baik', ['Pasal 20']);
    const copy = clause('c3', 'itikad-baik', ['Pasal 31']);
    const hand = clause('p9', '', ['Pasal 12']);
    const gaps = [{ closedBy: [a, b] }, { closedBy: [b, copy, hand] }];
    expect(coverageColumns(gaps)).toEqual([
      { clause: 'c2', label: 'itikad-baik' },
      { clause: 'c3', label: 'itikad-baik (2)' },
      { clause: 'c1', label: 'siaran-langsung' },
      { clause: 'p9', label: 'Pasal 12' },
    ]);
    expect([...closingClauses(gaps[1]!)]).toEqual(['c2', 'c3', 'p9']);
    expect(coverageColumns([{ closedBy: [] }])).toEqual([]);
  });
});
