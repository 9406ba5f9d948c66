"""Writes a spreadsheet as flat ODS (LibreOffice's single-file XML format), so that LibreOffice can
convert it to XLSX/XLS with typed cells, number formats and merged ranges.

A cell is a str (text), None (empty), or a dict:
  {"pct": 0.0325, "dec": 2}   percentage shown with `dec` decimals ("3,25%")
  {"num": 1300, "dec": 0}     number ("1300", or "4,0" with dec=1)
  {"eur": 105, "before": False} currency ("105 €" or "€ 22.233.050")
  {"date": "2019-12-31"}      date shown DD/MM/YYYY
  {"text": "...", "bold": True, "wrap": True}
A merge is (row, col, rows, cols), 0-based, anchored at its first cell.
"""
from xml.sax.saxutils import escape

STYLES = """
 <office:styles>
  <style:default-style style:family="table-cell"><style:text-properties fo:language="it" fo:country="IT"/></style:default-style>
 </office:styles>
 <office:automatic-styles>
  <number:percentage-style style:name="P0" number:language="it" number:country="IT"><number:number number:decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
  <number:percentage-style style:name="P1" number:language="it" number:country="IT"><number:number number:decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
  <number:percentage-style style:name="P2" number:language="it" number:country="IT"><number:number number:decimal-places="2" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
  <number:number-style style:name="N0" number:language="it" number:country="IT"><number:number number:decimal-places="0" number:min-integer-digits="1"/></number:number-style>
  <number:number-style style:name="N1" number:language="it" number:country="IT"><number:number number:decimal-places="1" number:min-integer-digits="1"/></number:number-style>
  <number:number-style style:name="N2" number:language="it" number:country="IT"><number:number number:decimal-places="2" number:min-integer-digits="1"/></number:number-style>
  <number:number-style style:name="NT" number:language="it" number:country="IT"><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
  <number:currency-style style:name="EA" number:language="it" number:country="IT"><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/><number:text> </number:text><number:currency-symbol number:language="it" number:country="IT">€</number:currency-symbol></number:currency-style>
  <number:currency-style style:name="EB" number:language="it" number:country="IT"><number:currency-symbol number:language="it" number:country="IT">€</number:currency-symbol><number:text> </number:text><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:currency-style>
  <number:date-style style:name="D1" number:language="it" number:country="IT"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
  <style:style style:name="cP0" style:family="table-cell" style:data-style-name="P0"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.06cm" style:vertical-align="top"/></style:style>
  <style:style style:name="cP1" style:family="table-cell" style:data-style-name="P1"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.06cm" style:vertical-align="top"/></style:style>
  <style:style style:name="cP2" style:family="table-cell" style:data-style-name="P2"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.06cm" style:vertical-align="top"/></style:style>
  <style:style style:name="cN0" style:family="table-cell" style:data-style-name="N0"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.06cm" style:vertical-align="top"/></style:style>
  <style:style style:name="cN1" style:family="table-cell" style:data-style-name="N1"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.06cm" style:vertical-align="top"/></style:style>
  <style:style style:name="cN2" style:family="table-cell" style:data-style-name="N2"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.06cm" style:vertical-align="top"/></style:style>
  <style:style style:name="cNT" style:family="table-cell" style:data-style-name="NT"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.06cm" style:vertical-align="top"/></style:style>
  <style:style style:name="cEA" style:family="table-cell" style:data-style-name="EA"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.06cm" style:vertical-align="top"/></style:style>
  <style:style style:name="cEB" style:family="table-cell" style:data-style-name="EB"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.06cm" style:vertical-align="top"/></style:style>
  <style:style style:name="cD1" style:family="table-cell" style:data-style-name="D1"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.06cm" style:vertical-align="top"/></style:style>
  <style:style style:name="cW" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" fo:border="0.5pt solid #000000" fo:padding="0.06cm"/></style:style>
  <style:style style:name="cX" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/></style:style>
  <style:style style:name="cZ" style:family="table-cell"><style:table-cell-properties style:vertical-align="top"/><style:text-properties fo:font-size="7pt"/></style:style>
  <style:style style:name="cZB" style:family="table-cell"><style:table-cell-properties style:vertical-align="top"/><style:text-properties fo:font-size="7pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="cT" style:family="table-cell"><style:text-properties fo:font-weight="bold" fo:font-size="12pt"/></style:style>
  <style:style style:name="cB" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="middle" fo:background-color="#dde6f0" fo:border="0.5pt solid #000000" fo:padding="0.06cm"/><style:text-properties fo:font-weight="bold"/></style:style>
  <style:page-layout style:name="pmL"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="1cm" fo:margin-right="1cm" style:scale-to-X="1" style:scale-to-Y="0"/><style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style></style:page-layout>
  <style:style style:name="taL" style:family="table" style:master-page-name="Landscape"/>
  <style:style style:name="ro" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true"/></style:style>
  <style:style style:name="co" style:family="table-column"><style:table-column-properties style:column-width="3.2cm"/></style:style>
  <style:style style:name="co05" style:family="table-column"><style:table-column-properties style:column-width="0.6cm"/></style:style>
  <style:style style:name="co15" style:family="table-column"><style:table-column-properties style:column-width="1.5cm"/></style:style>
  <style:style style:name="co25" style:family="table-column"><style:table-column-properties style:column-width="2.6cm"/></style:style>
  <style:style style:name="co23" style:family="table-column"><style:table-column-properties style:column-width="23cm"/></style:style>
  <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="1cm"/></style:style>
  <style:style style:name="co4" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
  <style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="2cm"/></style:style>
  <style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="3cm"/></style:style>
  <style:style style:name="co17" style:family="table-column"><style:table-column-properties style:column-width="17cm"/></style:style>
  <style:style style:name="coW" style:family="table-column"><style:table-column-properties style:column-width="6.5cm"/></style:style>
 </office:automatic-styles>
"""

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
"""


def _cell(value, span, ruled=False):
    attrs = ""
    if span:
        attrs += ' table:number-rows-spanned="%d" table:number-columns-spanned="%d"' % span
    if value is None:
        # on paper an empty cell keeps its borders, or PDF table readers merge it with its neighbours
        return '<table:table-cell%s%s/>' % (' table:style-name="cW"' if ruled else "", attrs)
    if isinstance(value, str):
        value = {"text": value}
    if "text" in value:
        style = ("cT" if value.get("title") else "cZB" if value.get("unruled") and value.get("bold")
                 else "cZ" if value.get("unruled") else "cX" if value.get("plain") else "cB" if value.get("bold") else "cW")
        paras = "".join("<text:p>%s</text:p>" % escape(p) for p in value["text"].split("\n"))
        if ruled and len(value["text"]) > 30:
            # LibreOffice's optimal row height clips the last wrapped line of long cells in PDF export by a few
            # points: an empty last paragraph takes that place
            paras += "<text:p/>"
        return '<table:table-cell table:style-name="%s" office:value-type="string"%s>%s</table:table-cell>' % (
            style, attrs, paras)
    if "pct" in value:
        return ('<table:table-cell table:style-name="cP%d" office:value-type="percentage" office:value="%r"%s/>'
                % (value.get("dec", 0), value["pct"], attrs))
    if "num" in value:
        style = "cNT" if value.get("group") else "cN%d" % value.get("dec", 0)
        return '<table:table-cell table:style-name="%s" office:value-type="float" office:value="%r"%s/>' % (
            style, value["num"], attrs)
    if "eur" in value:
        style = "cEB" if value.get("before") else "cEA"
        return ('<table:table-cell table:style-name="%s" office:value-type="currency" office:currency="EUR"'
                ' office:value="%r"%s/>' % (style, value["eur"], attrs))
    if "date" in value:
        return ('<table:table-cell table:style-name="cD1" office:value-type="date" office:date-value="%s"%s/>'
                % (value["date"], attrs))
    raise ValueError(value)


MASTER = """
 <office:master-styles>
  <style:master-page style:name="Landscape" style:page-layout-name="pmL">
   <style:header style:display="false"/><style:footer><text:p>Pagina <text:page-number>1</text:page-number></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
"""


def write(path, sheets, landscape=False):
    """sheets: list of (name, rows, merges, wide_columns). landscape: A4 landscape pages fitted to the width."""
    out = [HEAD, STYLES, MASTER if landscape else "", "<office:body><office:spreadsheet>"]
    for name, rows, merges, wide in sheets:
        width = max(len(r) for r in rows)
        anchors = {(r, c): (nr, nc) for (r, c, nr, nc) in merges}
        covered = set()
        for (r, c, nr, nc) in merges:
            for i in range(r, r + nr):
                for j in range(c, c + nc):
                    if (i, j) != (r, c):
                        covered.add((i, j))
        out.append('<table:table table:name="%s"%s>' % (escape(name), ' table:style-name="taL"' if landscape else ""))
        for j in range(width):
            if isinstance(wide, dict) and j in wide:
                out.append('<table:table-column table:style-name="co%s"/>' % wide[j])
            else:
                out.append('<table:table-column table:style-name="%s"/>' % ("coW" if j in wide else "co"))
        for i, row in enumerate(rows):
            out.append('<table:table-row table:style-name="ro">' if landscape else "<table:table-row>")
            for j in range(width):
                v = row[j] if j < len(row) else None
                if (i, j) in covered:
                    if v is not None:
                        raise ValueError("covered cell with a value at %s,%s in %s" % (i, j, name))
                    out.append("<table:covered-table-cell/>")
                else:
                    ruled = landscape and len(row) > 0 and not any(
                        isinstance(c, dict) and (c.get("plain") or c.get("title") or c.get("unruled")) for c in row)
                    out.append(_cell(v, anchors.get((i, j)), ruled=ruled))
            out.append("</table:table-row>")
        out.append("</table:table>")
    out.append("</office:spreadsheet></office:body></office:document>\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(out))


def pct(text):
    """'3,25%' -> percentage cell with its decimals."""
    t = text.strip().rstrip("%").strip()
    dec = len(t.split(",")[1]) if "," in t else 0
    return {"pct": round(float(t.replace(",", ".")) / 100, 6), "dec": dec}


def cell(text):
    """A cell as an office suite user would have typed it: percentages, numbers, euros, else text."""
    import re
    t = text.strip()
    if t == "":
        return None
    if re.fullmatch(r"\d+(,\d+)?\s*%", t):
        return pct(t)
    if re.fullmatch(r"\d+", t):
        return {"num": int(t)}
    if re.fullmatch(r"\d+,\d+", t):
        return {"num": float(t.replace(",", ".")), "dec": len(t.split(",")[1])}
    m = re.fullmatch(r"(\d+) €", t)
    if m:
        return {"eur": int(m.group(1))}
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", t)
    if m:
        return {"date": "%s-%s-%s" % (m.group(3), m.group(2), m.group(1))}
    return t
