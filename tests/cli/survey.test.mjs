// `filet survey import-xlsform | results | export` (issue 10): an evaluator's script imports a
// questionnaire, and reads a campaign's results and answers as CSV, small counts hidden.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filet, signIn, startServer, tempDir } from './lib.mjs';
import { appreciationXlsx } from '../xlsform_fixture.mjs';

const answer = (...values) => ({ values });

function csvRows(text) {
  return text.replace(/^\uFEFF/, '').trim().split('\r\n').map((l) => l.split(','));
}

test('import an XLSForm, then print a campaign\'s results grouped and its answers', async () => {
  const dir = tempDir();
  const db = `sqlite:${join(dir, 'survey.db')}`;
  assert.equal(filet(['demo', '--db', db]).code, 0);
  const server = await startServer(db);
  let campaign;
  let org;
  try {
    const manager = await signIn(server.url, 'gestion.mn@demo.filet');
    const me = await (await manager.call('GET', '/api/v1/me')).json();
    org = me.user.memberships.find((m) => m.role === 'manager').organization_id;
    const file = join(dir, 'form.xlsx');
    writeFileSync(file, Buffer.from(appreciationXlsx('appreciation_cli'), 'base64'));
    server.child.kill('SIGTERM');
    await server.exited;

    // Bad input first: a file that is not there, an organization missing.
    let r = filet(['survey', 'import-xlsform', '--db', db, '--organization', org, join(dir, 'none.xlsx')]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /file/);
    r = filet(['survey', 'import-xlsform', '--db', db, file]);
    assert.notEqual(r.code, 0);
    r = filet(['survey', 'import-xlsform', '--db', db, '--organization', org, file]);
    assert.equal(r.code, 0, r.stderr);
    const [questionnaireId, code] = r.stdout.trim().split('\t');
    assert.equal(code, 'appreciation_cli');

    // A campaign and eight responses through the web (the link), as respondents would.
    const again = await startServer(db);
    try {
      const m = await signIn(again.url, 'gestion.mn@demo.filet');
      const detail = await (await m.call('GET', `/api/v1/questionnaires/${questionnaireId}`)).json();
      const res = await m.call('POST', '/api/v1/survey-campaigns', {
        organization_id: org, version_id: detail.versions[0].id, name: 'Ligne de commande',
        opens_on: '2020-01-01', closes_on: '2099-12-31',
      });
      assert.equal(res.status, 201, await res.clone().text());
      campaign = await res.json();
      const sent = [['4', 'oui'], ['3', 'oui'], ['4', 'oui'], ['2', 'oui'], ['4', 'oui'], ['3', 'oui'], ['1', 'non'], ['2', 'non']];
      for (const [score, attended] of sent) {
        const body = { answers: { q_accueil: answer(score), participe: answer(attended) } };
        if (attended === 'non') body.answers.pourquoi = answer('horaire');
        const posted = await fetch(`${again.url}/api/public/surveys/${campaign.link_token}/responses`, {
          method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
        });
        assert.equal(posted.status, 204, await posted.text());
      }
    } finally {
      again.child.kill('SIGTERM');
      await again.exited;
    }
  } finally {
    if (server.child.exitCode === null) server.child.kill('SIGTERM');
  }

  // Everyone: 8 answers to q_accueil, mean 2.875, median 3, top box 5/8.
  let r = filet(['survey', 'results', '--db', db, '--campaign', 'Ligne de commande']);
  assert.equal(r.code, 0, r.stderr);
  const rows = csvRows(r.stdout);
  const header = rows[0];
  for (const column of ['item', 'group', 'n', 'mean', 'sd', 'median', 'alpha', 'pct_4'])
    assert.ok(header.includes(column), `column ${column}`);
  const at = (row, column) => row[header.indexOf(column)];
  const accueil = rows.find((row) => row[0] === 'q_accueil' && at(row, 'group') === '');
  assert.equal(at(accueil, 'n'), '8');
  assert.equal(Number(at(accueil, 'mean')), 2.875);
  assert.equal(Number(at(accueil, 'median')), 3);
  assert.equal(Number(at(accueil, 'top_box')), 5 / 8);
  assert.equal(at(accueil, 'pct_4'), '', 'three answers: a count under 5, hidden');
  assert.equal(at(accueil, 'pct_nsp'), '0', 'a zero names nobody');
  r = filet(['survey', 'results', '--db', db, '--campaign', 'Ligne de commande', '--k', '1']);
  const all = csvRows(r.stdout).find((row) => row[0] === 'q_accueil');
  assert.equal(at(all, 'pct_4'), '0.375', 'with k = 1 every share shows, with a dot');
  assert.equal(Number(at(all, 'sd')), Math.sqrt([4, 3, 4, 2, 4, 3, 1, 2].reduce((s, x) => s + (x - 2.875) ** 2, 0) / 7));

  // Grouped by attendance: the two who did not attend are fewer than 5, so their group shows
  // nothing, and nor does "oui" (everyone minus "oui" would give them).
  r = filet(['survey', 'results', '--db', db, '--campaign', 'Ligne de commande', '--by', 'participe']);
  assert.equal(r.code, 0, r.stderr);
  const grouped = csvRows(r.stdout);
  for (const group of ['oui', 'non']) {
    const row = grouped.find((x) => x[0] === 'q_accueil' && at(x, 'group') === group);
    assert.equal(at(row, 'n'), '', `${group} hidden`);
    assert.equal(at(row, 'mean'), '', `${group} hidden`);
  }
  assert.equal(at(grouped.find((x) => x[0] === 'q_accueil' && at(x, 'group') === ''), 'n'), '8');
  // With k = 2 both groups show.
  r = filet(['survey', 'results', '--db', db, '--campaign', 'Ligne de commande', '--by', 'participe', '--k', '2']);
  const shown = csvRows(r.stdout).find((x) => x[0] === 'q_accueil' && at(x, 'group') === 'non');
  assert.equal(at(shown, 'n'), '2');
  assert.equal(Number(at(shown, 'mean')), 1.5);

  // Bad input: an unknown campaign, a Likert item to group by; French output uses semicolons.
  r = filet(['survey', 'results', '--db', db, '--campaign', 'Aucune']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /campaign/);
  r = filet(['survey', 'results', '--db', db, '--campaign', 'Ligne de commande', '--by', 'q_accueil']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /by/);
  r = filet(['survey', 'results', '--db', db, '--campaign', 'Ligne de commande', '--lang', 'fr']);
  assert.match(r.stdout.split('\r\n')[0], /^\uFEFFitem;dimension;group;n;mean/);
  assert.match(r.stdout, /;2,875;/);

  // Answers typed elsewhere, imported into a new campaign: a bad file names its lines and creates
  // nothing; a good one adds its rows and names the columns it left aside.
  const paper = join(dir, 'papier.csv');
  writeFileSync(paper, 'horodatage;q_accueil;participe;pourquoi\r\n2026-03-01 10:00;4;oui;\r\n2026-03-01 11:00;9;non;\r\n');
  r = filet(['survey', 'import-responses', '--db', db, '--organization', org, '--questionnaire', 'appreciation_cli', '--campaign', 'Papier', paper]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /csv\[3\]\.q_accueil/);
  assert.match(r.stderr, /csv\[3\]\.pourquoi/);
  assert.equal(filet(['survey', 'results', '--db', db, '--campaign', 'Papier']).code, 1, 'no campaign was created');
  writeFileSync(paper, 'horodatage;q_accueil;participe;pourquoi\r\n2026-03-01 10:00;4;oui;\r\n2026-03-01 11:00;2;non;transport\r\n');
  r = filet(['survey', 'import-responses', '--db', db, '--organization', org, '--questionnaire', 'appreciation_cli', '--campaign', 'Papier', paper]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /responses imported: 2/);
  assert.match(r.stdout, /column ignored: horodatage/);
  r = filet(['survey', 'results', '--db', db, '--campaign', 'Papier', '--k', '1']);
  assert.equal(Number(at(csvRows(r.stdout).find((row) => row[0] === 'q_accueil'), 'mean')), 3);

  // The answers: one row per response, one column per item.
  r = filet(['survey', 'export', '--db', db, '--campaign', 'Ligne de commande']);
  assert.equal(r.code, 0, r.stderr);
  const answers = csvRows(r.stdout);
  assert.equal(answers.length, 9);
  assert.equal(answers[0][0], 'q_accueil');
  r = filet(['survey', 'export', '--db', db, '--campaign', 'Ligne de commande', '--format', 'xlsx']);
  assert.equal(r.code, 0);
  assert.ok(r.stdout.startsWith('PK'));
});

// Seed 000's annexes 1 and 2: each item's mean (SD), n = 31.
const annexes = {
  anim_animation: [3.78, 0.61], anim_contribuer: [3.84, 0.58], anim_decisions: [3.78, 0.61],
  anim_respect: [3.88, 0.55], anim_retroactions: [3.84, 0.58], struct_logistique: [3.88, 0.34],
  struct_codev: [3.59, 0.67], struct_temps: [3.74, 0.63], cont_themes: [3.63, 0.66], cont_informations: [3.66, 0.65],
  cont_materiel: [3.58, 0.67], cont_echanges: [3.78, 0.61], cont_parents: [3.79, 0.63], lien_fluides: [3.73, 0.64],
  lien_constructifs: [3.87, 0.34], pert_recommander: [3.90, 0.56], pert_poursuivre: [3.74, 0.45],
  pert_long_terme: [3.80, 0.41], amb_confiance: [3.84, 0.37], amb_ecoute: [3.97, 0.18],
  amb_appartenance: [3.84, 0.37], amb_partager: [3.87, 0.34], amb_desaccords: [3.88, 0.33],
  amb_solidarite: [3.94, 0.36], amb_ouverture: [3.87, 0.34], amb_collaborations: [3.97, 0.18],
  ret_pistes: [3.73, 0.45], ret_contexte: [3.79, 0.42], ret_ressources: [3.70, 0.47], ret_moi: [3.62, 0.49],
  ret_approche: [3.63, 0.49], ret_satisfaction: [3.79, 0.42], ret_moins_seul: [3.76, 0.58],
  prat_nouvelles: [3.62, 0.49], prat_droits: [3.55, 0.51], prat_competences: [3.70, 0.47],
  prat_contacts: [3.76, 0.44]
};

test('the demo holds seed 000\'s questionnaire with its annexes\' figures, and seed 003\'s in two versions, the same each time', () => {
  const dir = tempDir();
  const runs = ['first', 'second'].map((name) => {
    const db = `sqlite:${join(dir, `${name}.db`)}`;
    const r = filet(['demo', '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /2 questionnaires \(3 campagnes\/campaigns, 136 réponses\/responses\)/);
    return db;
  });
  const results = (db, campaign) => {
    const r = filet(['survey', 'results', '--db', db, '--campaign', campaign, '--k', '1']);
    assert.equal(r.code, 0, r.stderr);
    return csvRows(r.stdout.slice(r.stdout.indexOf('\uFEFF')));
  };
  const appreciation = 'Espace Intervenants — appréciation et retombées (juin 2026)';
  const rows = results(runs[0], appreciation);
  const header = rows[0];
  const at = (row, column) => row[header.indexOf(column)];
  assert.equal(Object.keys(annexes).length, 37);
  for (const [item, [mean, sd]] of Object.entries(annexes)) {
    const row = rows.find((r) => r[0] === item && at(r, 'group') === '');
    assert.equal(at(row, 'n'), '31', item);
    assert.ok(Math.abs(Number(at(row, 'mean')) - mean) <= 0.05, `${item}: mean ${at(row, 'mean')} for ${mean}`);
    assert.ok(Math.abs(Number(at(row, 'sd')) - sd) <= 0.1, `${item}: sd ${at(row, 'sd')} for ${sd}`);
  }
  assert.deepEqual(results(runs[1], appreciation), rows, 'a second demo gives the same answers');

  const ptp = results(runs[0], 'Travail de proximité — questionnaire en ligne PTP (mai 2026)');
  const pg = results(runs[0], 'Travail de proximité — questionnaire en ligne PG (mai 2026)');
  const row = (table, item) => table.find((r) => r[0] === item && r[table[0].indexOf('group')] === '');
  assert.equal(row(ptp, 'dem_reseaux_sociaux_freq')[ptp[0].indexOf('n')], '49');
  assert.equal(row(pg, 'partenaire_cle')[pg[0].indexOf('n')], '56');
  assert.equal(row(pg, 'dem_reseaux_sociaux_freq'), undefined, 'managers are not asked about outreach strategies');
  // Social media: used 5 times or more by 83 % of the PTP; parks found effective by about half.
  assert.ok(Math.abs(Number(row(ptp, 'dem_reseaux_sociaux_freq')[ptp[0].indexOf('top_box')]) - 0.83) < 0.03);
  assert.ok(Math.abs(Number(row(ptp, 'dem_parcs_eff')[ptp[0].indexOf('top_box')]) - 0.52) < 0.05);
});
