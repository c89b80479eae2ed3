// Attendance and retention per cohort (issue 11, item 7) on the demo: Espace Intervenants' two
// cohorts of three territories. Each line's figures are the sums of its groups' own reports (the
// same pure functions: registered, present at each group's last session, each registered
// participant's sessions attended over held); counts of people are hidden on a line holding a
// small count for a reader outside the planning organization; CSV and XLSX through the export
// writer; a facilitator sees only the cohorts of the groups they facilitate.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { as, assertError, assertList } from './helpers.mjs';

const PROGRAM = 'Espace Intervenants — codéveloppement';
let coordinator, evaluator, facilitator, practitioner, program;

// The sums of the per-group reports of a cohort, as the reader reads them.
async function expected(who, cohort) {
  const groups = assertList(await who.get('groups', { query: { program_id: program.id, cohort, per_page: 100 } }))
    .items.filter((g) => g.cohort === cohort);
  const sum = { groups: groups.length, sessions_held: 0, registered: 0, present_at_last: 0, attended: 0, expected: 0 };
  for (const g of groups) {
    const r = (await who.get(`groups/${g.id}/report`)).json;
    sum.sessions_held += r.sessions_held;
    sum.registered += r.registered;
    sum.present_at_last += r.present_at_last;
    for (const p of r.participants.filter((x) => x.status === 'registered' || x.status === 'withdrew')) {
      sum.attended += p.attended;
      sum.expected += p.held;
    }
  }
  return sum;
}

before(async () => {
  [coordinator, evaluator, facilitator, practitioner] = await Promise.all(
    ['coordinator', 'evaluator', 'facilitator', 'practitioner'].map((r) => as(r)));
  program = assertList(await coordinator.get('group-programs', { query: { per_page: 100 } })).items
    .find((p) => p.name === PROGRAM);
  assert.ok(program, 'the demo program');
});

describe('attendance and retention per cohort', () => {
  test("Espace Intervenants' two cohorts: the sums of their groups' reports", async () => {
    for (const who of [coordinator, evaluator]) {
      const res = await who.get('group-reports/cohorts', { query: { program_id: program.id } });
      assert.equal(res.status, 200, res.describe());
      assert.equal(res.json.suppressed_below, 5);
      const lines = res.json.cohorts;
      assert.deepEqual(lines.map((l) => l.cohort), ['Cohorte 1', 'Cohorte 2']);
      for (const line of lines) {
        assert.equal(line.program_id, program.id);
        assert.equal(line.program_name, PROGRAM);
        assert.equal(line.groups, 3, 'three territories');
        assert.equal(line.sessions, 18, 'six sessions each');
        const sum = await expected(who, line.cohort);
        assert.equal(line.sessions_held, sum.sessions_held);
        assert.equal(sum.sessions_held, 18);
        if (line.suppressed) {
          for (const k of ['registered', 'present_at_last', 'retention', 'attended', 'expected_attendances', 'attendance_rate'])
            assert.equal(line[k], null, `${k} hidden`);
          continue;
        }
        assert.equal(line.registered, sum.registered);
        assert.equal(line.present_at_last, sum.present_at_last);
        assert.ok(Math.abs(line.retention - sum.present_at_last / sum.registered) < 1e-9);
        assert.equal(line.attended, sum.attended);
        assert.equal(line.expected_attendances, sum.expected);
        assert.ok(Math.abs(line.attendance_rate - sum.attended / sum.expected) < 1e-9);
        // Table 2's practitioners plus the two guest parents of each territory.
        assert.ok(line.registered > 20, `${line.cohort}: ${line.registered}`);
      }
    }
  });

  test('every program without a filter; a facilitator sees their groups\' cohorts; practitioners do not work groups', async () => {
    const all = (await coordinator.get('group-reports/cohorts')).json.cohorts;
    assert.ok(all.filter((l) => l.program_id === program.id).length === 2);
    assert.ok(all.some((l) => l.program_id !== program.id), 'the other programs too');
    const mine = (await facilitator.get('group-reports/cohorts', { query: { program_id: program.id } })).json.cohorts;
    const facilitated = assertList(await facilitator.get('groups', { query: { program_id: program.id, per_page: 100 } })).items;
    assert.equal(mine.reduce((n, l) => n + l.groups, 0), facilitated.length);
    assertError(await practitioner.get('group-reports/cohorts'), 403, 'forbidden');
    assertError(await coordinator.get('group-reports/cohorts', { query: { program_id: 'pas-un-id' } }), 400, undefined, ['program_id']);
  });

  test('CSV and XLSX through the export writer', async () => {
    const csv = await coordinator.get('group-reports/cohorts/export', {
      query: { program_id: program.id, format: 'csv', lang: 'fr' }, headers: { accept: 'text/csv' },
    });
    assert.equal(csv.status, 200, csv.describe());
    assert.match(csv.headers.get('content-type'), /text\/csv/);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    assert.match(lines[0], /^Programme;Cohorte;Groupes;Rencontres prévues;Rencontres tenues;Inscrits/);
    assert.equal(lines.length, 3);
    assert.ok(lines[1].includes('Cohorte 1') && lines[2].includes('Cohorte 2'));
    const xlsx = await coordinator.get('group-reports/cohorts/export', { query: { format: 'xlsx', lang: 'en' } });
    assert.equal(xlsx.status, 200, xlsx.describe());
    assert.match(xlsx.headers.get('content-type'), /spreadsheetml/);
    assertError(await coordinator.get('group-reports/cohorts/export', { query: { format: 'pdf' } }), 400, undefined, ['format']);
  });
});
