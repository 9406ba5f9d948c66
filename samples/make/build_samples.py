"""Rebuilds the samples from the seeds with LibreOffice: python3 samples/make/build_samples.py
Each spreadsheet is written as flat ODS and converted by `soffice --headless --convert-to xlsx`."""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
import fods  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(HERE)


def convert(sheets, target, fmt):
    tmp = tempfile.mkdtemp()
    base = os.path.splitext(os.path.basename(target))[0]
    src = os.path.join(tmp, base + ".fods")
    fods.write(src, sheets, landscape=(fmt == "pdf"))
    filt = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97", "pdf": "pdf:calc_pdf_Export"}[fmt]
    subprocess.run(["soffice", "--headless", "--convert-to", filt, "--outdir", tmp, src], check=True,
                   stdout=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, base + "." + fmt), target)
    shutil.rmtree(tmp)
    print("scritto", os.path.relpath(target, SAMPLES))


def convert_html(write, target):
    """An HTML document saved as DOCX by LibreOffice Writer."""
    tmp = tempfile.mkdtemp()
    base = os.path.splitext(os.path.basename(target))[0]
    src = os.path.join(tmp, base + ".html")
    write(src)
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to",
                    "docx:MS Word 2007 XML", "--outdir", tmp, src], check=True, stdout=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, base + ".docx"), target)
    shutil.rmtree(tmp)
    print("scritto", os.path.relpath(target, SAMPLES))


def docx_to_pdf(docx, target):
    """A DOCX printed to PDF by LibreOffice Writer, as a chamber publishes its annexes."""
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, docx],
                   check=True, stdout=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, os.path.splitext(os.path.basename(docx))[0] + ".pdf"), target)
    shutil.rmtree(tmp)
    print("scritto", os.path.relpath(target, SAMPLES))


def main():
    import sondrio
    import milano
    import alessandria
    import relazione
    import asti
    import albero
    import asti_albero
    convert(sondrio.build(), os.path.join(SAMPLES, "sondrio-piano-2022-2024.xlsx"), "xlsx")
    convert(milano.build(), os.path.join(SAMPLES, "milano-pira-2019-2021.xlsx"), "xlsx")
    convert(milano.build(complete=True), os.path.join(SAMPLES, "milano-pira-2019-2021.pdf"), "pdf")
    convert(relazione.build(), os.path.join(SAMPLES, "milano-relazione-2019.pdf"), "pdf")
    convert(alessandria.build_unruled(), os.path.join(SAMPLES, "alessandria-kpi-operativi-2020.pdf"), "pdf")
    convert_html(asti.write_html, os.path.join(SAMPLES, "asti-schede-obiettivi-2020.docx"))
    convert_html(asti_albero.write_html, os.path.join(SAMPLES, "asti-albero-performance-2020.docx"))
    docx_to_pdf(os.path.join(SAMPLES, "asti-albero-performance-2020.docx"),
                os.path.join(SAMPLES, "asti-albero-performance-2020.pdf"))
    convert_html(albero.write_html, os.path.join(SAMPLES, "alessandria-albero-performance-2020.docx"))
    docx_to_pdf(os.path.join(SAMPLES, "alessandria-albero-performance-2020.docx"),
                os.path.join(SAMPLES, "alessandria-albero-performance-2020.pdf"))
    alessandria.write_csv(os.path.join(SAMPLES, "alessandria-kpi-2020.csv"))


if __name__ == "__main__":
    main()
