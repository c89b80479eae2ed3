// `filet survey export --format r|spss` (issue 10, item 6): a campaign's answers as a zip of the
// data and an R script or SPSS syntax giving every variable its label and every coded answer its
// value label. Run for real: R (Debian's r-base-core) sources the script, GNU PSPP (Debian's pspp)
// runs the syntax, and both read the answers and labels the campaign holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, filet, tempDir } from './lib.mjs';
import { appreciationXlsx } from '../xlsform_fixture.mjs';

function run(command, args, cwd) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, `${command} ${args.join(' ')}: ${r.stderr}${r.stdout}`);
  return r.stdout;
}

test('the answers for R and SPSS: R sources the script and PSPP runs the syntax, labels included', async () => {
  const dir = tempDir();
  const db = `sqlite:${join(dir, 'stats.db')}`;
  assert.equal(filet(['demo', '--db', db]).code, 0);
  const org = spawnSync('sqlite3', [join(dir, 'stats.db'),
    "SELECT m.organization_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'gestion.mn@demo.filet'"], { encoding: 'utf8' }).stdout.trim();
  const form = join(dir, 'form.xlsx');
  writeFileSync(form, Buffer.from(appreciationXlsx('appreciation_stats'), 'base64'));
  let r = filet(['survey', 'import-xlsform', '--db', db, '--organization', org, form]);
  assert.equal(r.code, 0, r.stderr);
  const answers = join(dir, 'answers.csv');
  writeFileSync(answers, 'q_accueil,q_ecoute,participe,pourquoi,enfants,commentaire\r\n4,3,oui,,2,"Très ""bien"", merci"\r\n' +
    '3,nsp,oui,,1,\r\n1,2,non,horaire transport,,Loin d’ici\r\n');
  r = filet(['survey', 'import-responses', '--db', db, '--organization', org, '--questionnaire', 'appreciation_stats', '--campaign', 'Stats', answers]);
  assert.equal(r.code, 0, r.stderr);

  for (const format of ['r', 'spss']) {
    const out = spawnSync(BIN, ['survey', 'export', '--db', db, '--campaign', 'Stats', '--format', format, '--lang', 'fr'], { timeout: 60_000 });
    assert.equal(out.status, 0, String(out.stderr));
    assert.deepEqual([...out.stdout.subarray(0, 2)], [0x50, 0x4b], 'a zip');
    const unpacked = join(dir, format);
    mkdirSync(unpacked);
    writeFileSync(join(unpacked, 'package.zip'), out.stdout);
    run('unzip', ['-q', 'package.zip'], unpacked);
    assert.match(readFileSync(join(unpacked, 'reponses.csv'), 'utf8'), /^\uFEFFq_accueil,q_ecoute,participe,pourquoi,enfants,commentaire\r\n/);
  }

  // R: three responses, the scores' mean (4 + 3 + 1) / 3, French labels as factor levels and
  // variable labels, numbers as numbers, quotes and commas kept inside a text.
  const rOut = run('Rscript', ['-e', [
    'source("reponses.R")',
    'cat(nrow(reponses), "\\n")',
    'cat(sprintf("%.4f", mean(reponses$q_accueil_score)), "\\n")',
    'cat(sum(is.na(reponses$q_ecoute_score)), "\\n")',
    'cat(levels(reponses$participe), sep = "|"); cat("\\n")',
    'cat(attr(reponses$q_accueil, "label"), "\\n")',
    'cat(class(reponses$enfants), sum(reponses$enfants, na.rm = TRUE), "\\n")',
    'cat(sort(na.omit(reponses$commentaire)), sep = "|"); cat("\\n")',
    'cat(as.character(reponses$q_ecoute[reponses$q_ecoute_score %in% NA]), "\\n")',
  ].join('; ')], join(dir, 'r'));
  const lines = rOut.trim().split('\n').map((l) => l.trim());
  assert.deepEqual(lines, [
    '3', '2.6667', '1', 'Oui|Non', 'L’accueil reçu', 'numeric 3', 'Loin d’ici|Très "bien", merci', 'Ne sais pas / non applicable',
  ]);

  // PSPP: the same data through the syntax, with its labels in the output.
  const sps = join(dir, 'spss', 'reponses.sps');
  writeFileSync(sps, readFileSync(sps, 'utf8') + 'DESCRIPTIVES q_accueil_score enfants.\nFREQUENCIES participe.\nLIST commentaire.\n');
  const pspp = spawnSync('pspp', ['-O', 'format=txt', 'reponses.sps', '-o', 'out.txt'], { cwd: join(dir, 'spss'), encoding: 'utf8', timeout: 120_000 });
  assert.equal(pspp.status, 0, pspp.stdout + pspp.stderr);
  assert.doesNotMatch(pspp.stdout + pspp.stderr, /error/i);
  const report = readFileSync(join(dir, 'spss', 'out.txt'), 'utf8');
  assert.match(report, /L’accueil reçu \(score\)\|3\|2\.67\|/);
  assert.match(report, /Avez-vous participé aux ateliers \?/);
  assert.match(report, /Valid Non\|\s*1\|/);
  assert.match(report, /Très "bien", merci/);

  // Results take no R or SPSS format.
  r = filet(['survey', 'results', '--db', db, '--campaign', 'Stats', '--format', 'r']);
  assert.notEqual(r.code, 0);
});
