"""Rebuilds the samples from the seeds with LibreOffice: python3 samples/make/build_samples.py [NAME...]
(only the samples named, e.g. milano-pira-2020-2022.pdf).
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


def jobs():
    """Each sample by its file name, with how it is made, in the order they are built."""
    import sondrio
    import milano
    import milano_rolling
    import alessandria
    import relazione
    import asti
    import albero
    import asti_albero

    def path(name):
        return os.path.join(SAMPLES, name)
    return [
        ("sondrio-piano-2022-2024.xlsx", lambda: convert(sondrio.build(), path("sondrio-piano-2022-2024.xlsx"), "xlsx")),
        ("milano-pira-2019-2021.xlsx", lambda: convert(milano.build(), path("milano-pira-2019-2021.xlsx"), "xlsx")),
        ("milano-pira-2019-2021.pdf", lambda: convert(milano.build(complete=True), path("milano-pira-2019-2021.pdf"), "pdf")),
        ("milano-pira-2020-2022.pdf", lambda: convert(milano_rolling.build(), path("milano-pira-2020-2022.pdf"), "pdf")),
        ("milano-relazione-2019.pdf", lambda: convert(relazione.build(), path("milano-relazione-2019.pdf"), "pdf")),
        ("milano-relazione-2020.pdf", lambda: convert(relazione.build(2020), path("milano-relazione-2020.pdf"), "pdf")),
        ("alessandria-kpi-operativi-2020.pdf",
         lambda: convert(alessandria.build_unruled(), path("alessandria-kpi-operativi-2020.pdf"), "pdf")),
        ("asti-schede-obiettivi-2020.docx",
         lambda: convert_html(asti.write_html, path("asti-schede-obiettivi-2020.docx"))),
        ("asti-albero-performance-2020.docx",
         lambda: convert_html(asti_albero.write_html, path("asti-albero-performance-2020.docx"))),
        ("asti-albero-performance-2020.pdf",
         lambda: docx_to_pdf(path("asti-albero-performance-2020.docx"), path("asti-albero-performance-2020.pdf"))),
        ("alessandria-albero-performance-2020.docx",
         lambda: convert_html(albero.write_html, path("alessandria-albero-performance-2020.docx"))),
        ("alessandria-albero-performance-2020.pdf",
         lambda: docx_to_pdf(path("alessandria-albero-performance-2020.docx"),
                             path("alessandria-albero-performance-2020.pdf"))),
        ("alessandria-kpi-2020.csv", lambda: alessandria.write_csv(path("alessandria-kpi-2020.csv"))),
    ]


def main(names):
    """Builds every sample, or only those named (python3 samples/make/build_samples.py milano-pira-2020-2022.pdf)."""
    known = [name for name, _ in jobs()]
    unknown = [n for n in names if n not in known]
    if unknown:
        sys.exit("esempi sconosciuti: %s; esempi: %s" % (", ".join(unknown), ", ".join(known)))
    for name, build in jobs():
        if not names or name in names:
            build()


if __name__ == "__main__":
    main(sys.argv[1:])
