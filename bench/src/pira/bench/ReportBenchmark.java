package pira.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;
import pira.mapping.MappingCandidate;
import pira.mapping.MappingLoader;
import pira.model.Plan;
import pira.pipeline.Importer;
import pira.report.DocxReport;
import pira.report.ReportOptions;

/**
 * Report speed against docx4j alone (issue 5): docx4j builds and saves one 20,000-row, 8-column table; pira writes
 * the report of the 20,000 indicators of the benchmark's generated workbook. Usage: ReportBenchmark DIR ROUNDS.
 */
public final class ReportBenchmark {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Path xlsx = dir.resolve("bench.xlsx");
        ImportBenchmark.generate(xlsx, dir.resolve("bench.csv"), 20000);
        MappingCandidate mapping = new MappingCandidate(MappingLoader.load(Path.of("bench/bench-mapping.yaml")), "b");
        Plan plan = new Importer(List.of(), mapping).importFile(xlsx).plan();
        double alone = ImportBenchmark.best(rounds, ReportBenchmark::docx4jAlone);
        ReportOptions options = new ReportOptions(2022, "Camera", "Piano 2022", null, LocalDate.now(), null, true);
        int[] size = new int[1];
        double pira = ImportBenchmark.best(rounds, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new DocxReport(plan, List.of(), options).write(out);
            size[0] = out.size();
        });
        System.out.printf(Locale.ROOT, "DOCX  docx4j da solo (tabella 20000 x 8)     : %7.3f s%n", alone);
        System.out.printf(Locale.ROOT, "DOCX  pira report (%d indicatori, %d KB)   : %7.3f s (%.2fx docx4j; obiettivo <= 1,5x)%n",
                plan.allIndicators().size(), size[0] / 1024, pira, pira / alone);
    }

    private static void docx4jAlone() throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        ObjectFactory f = Context.getWmlObjectFactory();
        Tbl tbl = f.createTbl();
        for (int r = 0; r < 20000; r++) {
            Tr tr = f.createTr();
            for (int c = 0; c < 8; c++) {
                Tc tc = f.createTc();
                P p = f.createP();
                R run = f.createR();
                Text t = f.createText();
                t.setValue("cella " + r + "." + c);
                run.getContent().add(f.createRT(t));
                p.getContent().add(run);
                tc.getContent().add(p);
                tr.getContent().add(tc);
            }
            tbl.getContent().add(tr);
        }
        pkg.getMainDocumentPart().getContent().add(tbl);
        pkg.save(new ByteArrayOutputStream());
    }
}
