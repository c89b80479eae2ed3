#!/usr/bin/env python3
"""Writes the seed corpus of fuzz/corpus/xlsform/: two well-formed XLSForms (inline and shared
strings, as LibreOffice and Excel write them) and one with malformed rows. Run from the root;
the seeds are committed."""
import zipfile, sys
from xml.sax.saxutils import escape
def col(i):
    s=''
    i+=1
    while i: i,r=divmod(i-1,26); s=chr(65+r)+s
    return s
def sheet_xml(rows, shared=None):
    out=['<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r,row in enumerate(rows,1):
        out.append(f'<row r="{r}">')
        for c,v in enumerate(row):
            if v=='': continue
            ref=f'{col(c)}{r}'
            if shared is not None:
                if v not in shared: shared.append(v)
                out.append(f'<c r="{ref}" t="s"><v>{shared.index(v)}</v></c>')
            else:
                out.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(v)}</t></is></c>')
        out.append('</row>')
    out.append('</sheetData></worksheet>')
    return ''.join(out)
def book(path, sheets, use_shared):
    shared=[] if use_shared else None
    with zipfile.ZipFile(path,'w',zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml','<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr('xl/workbook.xml','<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'+''.join(f'<sheet name="{n}" sheetId="{i+1}" r:id="rId{i+1}"/>' for i,(n,_) in enumerate(sheets))+'</sheets></workbook>')
        z.writestr('xl/_rels/workbook.xml.rels','<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'+''.join(f'<Relationship Id="rId{i+1}" Type="worksheet" Target="worksheets/sheet{i+1}.xml"/>' for i in range(len(sheets)))+'</Relationships>')
        for i,(n,rows) in enumerate(sheets):
            z.writestr(f'xl/worksheets/sheet{i+1}.xml', sheet_xml(rows, shared))
        if use_shared:
            z.writestr('xl/sharedStrings.xml','<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'+''.join(f'<si><t>{escape(s)}</t></si>' for s in shared)+'</sst>')
sheets=[('survey',[['type','name','label::Français (fr)','label::English (en)','required','relevant','appearance'],
 ['begin_group','accueil','Accueil','Welcome'],
 ['select_one satisf','q1','L’accueil','The welcome','yes','','likert'],
 ['select_multiple raisons or_other','q2','Pourquoi ?','Why?'],
 ['end_group'],
 ['text','q3','Précisez','Specify','','selected(${q2}, \'horaire\')'],
 ['text','q4','Commentaires','Comments','','','multiline'],
 ['integer','q5','Âge','Age'],['decimal','q6','Montant','Amount'],['date','q7','Date','Date']]),
 ('choices',[['list_name','name','label::Français (fr)','label::English (en)'],
 ['satisf','1','Insatisfait·e','Dissatisfied'],['satisf','2','Satisfait·e','Satisfied'],['satisf','nsp','Ne sais pas','Don\'t know'],
 ['raisons','horaire','Horaire','Schedule'],['raisons','transport','Transport','Transport']]),
 ('settings',[['form_id','form_title::Français (fr)','form_title::English (en)'],['appreciation','Appréciation','Appreciation']])]
book('fuzz/corpus/xlsform/inline-strings.xlsx', sheets, False)
book('fuzz/corpus/xlsform/shared-strings.xlsx', sheets, True)
bad=[(sheets[0][0], sheets[0][1]+[['geopoint','q8','Lieu','Place'],['end_group']]), sheets[1], sheets[2]]
book('fuzz/corpus/xlsform/malformed-rows.xlsx', bad, True)
