// A small XLSForm workbook (.xlsx) made in the test, for the API and browser tests of
// questionnaires: a zip of stored (uncompressed) parts with inline strings, as a spreadsheet
// program could write it. No dependency: the zip's few records and its CRC-32 are written here.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip archive of `files` ({ name: string content }), every entry stored. */
export function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(content, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function sheetXml(rows) {
  const columns = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const body = rows.map((row, r) => `<row r="${r + 1}">${row.map((cell, c) => (cell === '' ? '' :
    `<c r="${columns[c]}${r + 1}" t="inlineStr"><is><t>${escape(cell)}</t></is></c>`)).join('')}</row>`).join('');
  return '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    + `<sheetData>${body}</sheetData></worksheet>`;
}

/** An .xlsx workbook of `sheets` ([name, rows of cells]). */
export function workbook(sheets) {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const files = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      + '<Default Extension="xml" ContentType="application/xml"/>'
      + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      + sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')
      + '</Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets>`
      + sheets.map(([name], i) => `<sheet name="${escape(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')
      + '</sheets></workbook>',
    'xl/_rels/workbook.xml.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')
      + '</Relationships>',
  };
  sheets.forEach(([, rows], i) => { files[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(rows); });
  return zip(files);
}

const HEAD = ['type', 'name', 'label::Français (fr)', 'label::English (en)', 'required', 'relevant', 'appearance'];

/**
 * Seed 000's appreciation questionnaire in miniature: a 1–4 satisfaction scale with "ne sais pas"
 * off the scale (two Likert items in a section), a required yes/no, a multiple choice shown only
 * to those who answered "non", a number and a long text.
 */
export function appreciationSheets(formId) {
  return [
    ['survey', [
      HEAD,
      ['begin_group', 'accueil', 'Accueil', 'Welcome'],
      ['select_one satisf', 'q_accueil', 'L’accueil reçu', 'The welcome received', 'yes', '', 'likert'],
      ['select_one satisf', 'q_ecoute', 'L’écoute', 'Being listened to', '', '', 'likert'],
      ['end_group'],
      ['select_one oui_non', 'participe', 'Avez-vous participé aux ateliers ?', 'Did you attend the workshops?', 'yes'],
      ['select_multiple raisons', 'pourquoi', 'Pourquoi pas ?', 'Why not?', 'yes', "${participe} = 'non'"],
      ['integer', 'enfants', 'Nombre d’enfants', 'Number of children'],
      ['text', 'commentaire', 'Commentaires', 'Comments', '', '', 'multiline'],
    ]],
    ['choices', [
      ['list_name', 'name', 'label::Français (fr)', 'label::English (en)'],
      ['satisf', '1', 'Tout à fait insatisfait·e', 'Very dissatisfied'],
      ['satisf', '2', 'Plutôt insatisfait·e', 'Somewhat dissatisfied'],
      ['satisf', '3', 'Plutôt satisfait·e', 'Somewhat satisfied'],
      ['satisf', '4', 'Tout à fait satisfait·e', 'Very satisfied'],
      ['satisf', 'nsp', 'Ne sais pas / non applicable', 'Don’t know / not applicable'],
      ['oui_non', 'oui', 'Oui', 'Yes'],
      ['oui_non', 'non', 'Non', 'No'],
      ['raisons', 'horaire', 'Horaire', 'Schedule'],
      ['raisons', 'transport', 'Transport', 'Transport'],
    ]],
    ['settings', [
      ['form_id', 'form_title::Français (fr)', 'form_title::English (en)'],
      [formId, 'Appréciation et retombées', 'Appreciation and outcomes'],
    ]],
  ];
}

/** The appreciation questionnaire as an .xlsx, base64 (the import's body carries it so). */
export function appreciationXlsx(formId) {
  return workbook(appreciationSheets(formId)).toString('base64');
}
