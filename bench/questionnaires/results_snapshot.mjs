// The results of every campaign a demo account reaches, as the API answers them: for everyone and
// grouped by each single-choice item of the campaign's version. Written one line each, the
// account, the campaign's name (ids, links and dates differ between two databases made alike) and
// the grouping, then a tab and the JSON as the server wrote it; for
// bench/questionnaires/same_results.sh to compare before and after a change of how results are
// computed. Usage: node results_snapshot.mjs BASE_URL EMAIL... > snapshot.txt
const [base, ...emails] = process.argv.slice(2);

async function signIn(email) {
  const res = await fetch(`${base}/api/v1/session`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'filet-demo-2026' }),
  });
  if (res.status !== 200) throw new Error(`sign-in ${email}: ${res.status}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('filet_session='));
  return cookie.split(';')[0];
}

async function get(cookie, path) {
  const res = await fetch(`${base}/api/v1/${path}`, { headers: { cookie } });
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return res.text();
}

const out = {};
for (const email of emails) {
  const cookie = await signIn(email);
  const campaigns = JSON.parse(await get(cookie, 'survey-campaigns?per_page=100')).items;
  for (const k of campaigns) {
    const version = JSON.parse(await get(cookie, `questionnaire-versions/${k.version_id}`));
    const bys = ['', ...version.items.filter((i) => i.kind === 'single_choice').map((i) => i.code)];
    for (const by of bys) {
      const text = await get(cookie, `survey-campaigns/${k.id}/results${by ? `?by=${encodeURIComponent(by)}` : ''}`);
      // The results' own text, byte for byte, once the campaign's record (flat: ids, link, dates,
      // which differ between two databases made alike) is cut down to its count of responses.
      const records = text.match(/"campaign":\{[^{}]*\}/g) ?? [];
      if (records.length !== 1) throw new Error(`${k.name}: ${records.length} campaign records`);
      const key = `${email} ${k.name} by=${by}`;
      if (key in out) throw new Error(`two campaigns named ${k.name}`);
      out[key] = text.replace(records[0], `"campaign":${JSON.parse(text).campaign.responses}`);
    }
  }
}
for (const [key, text] of Object.entries(out)) process.stdout.write(`${key}\t${text}\n`);
