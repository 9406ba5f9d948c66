package pira.history.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import pira.history.EnteHistory;
import pira.history.History;
import pira.history.IndicatorHistory;
import pira.history.Statement;
import pira.history.YearHistory;

/**
 * The history for the office, as a spreadsheet: one sheet, "Storia", one row per indicator and year (chamber,
 * objective, code, indicator, year, targets and actual values with their documents, status notes, whether two
 * documents disagree), the header frozen and filtered. The same input gives the same bytes (fixed dates).
 */
public final class HistoryXlsx {

    static final List<String> HEADER = List.of("Ente", "Obiettivo", "Codice", "Indicatore", "Anno", "Target",
            "Fonte del target", "Valore conseguito", "Fonte del valore", "Stato", "Discordanza");
    private static final java.time.LocalDateTime FIXED = java.time.LocalDateTime.of(2000, 1, 1, 0, 0);

    private HistoryXlsx() {
    }

    public static void write(History history, OutputStream out) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getProperties().getCoreProperties().setCreated(java.util.Optional.of(
                    java.util.Date.from(FIXED.toInstant(java.time.ZoneOffset.UTC))));
            XSSFSheet sheet = wb.createSheet("Storia");
            XSSFCellStyle bold = wb.createCellStyle();
            XSSFFont font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            XSSFCellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            XSSFRow head = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                head.createCell(c).setCellValue(HEADER.get(c));
                head.getCell(c).setCellStyle(bold);
            }
            int r = 1;
            for (EnteHistory e : history.entes()) {
                Set<String> discordant = e.discrepancies().stream().map(d -> d.indicator() + "|" + d.year() + "|"
                        + d.what()).collect(Collectors.toSet());
                for (IndicatorHistory i : e.indicators()) {
                    for (YearHistory y : i.years()) {
                        XSSFRow row = sheet.createRow(r++);
                        List<String> what = List.of("target", "valore conseguito").stream()
                                .filter(w -> discordant.contains(i.key() + "|" + y.year() + "|" + w)).toList();
                        String[] cells = {e.ente(), nz(i.objective()), nz(i.code()), nz(i.name()), null,
                            raws(y.targets()), docs(y.targets()), raws(y.actuals()), docs(y.actuals()),
                            raws(y.status()), String.join(", ", what)};
                        for (int c = 0; c < cells.length; c++) {
                            if (c == 4) {
                                row.createCell(c).setCellValue(y.year());
                            } else {
                                row.createCell(c).setCellValue(cells[c]);
                                row.getCell(c).setCellStyle(wrap);
                            }
                        }
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADER.size() - 1));
            int[] widths = {30, 40, 10, 50, 8, 22, 40, 30, 40, 30, 20};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            wb.write(raw);
        }
        stable(raw.toByteArray(), out);
    }

    /** The package again with every entry dated the same: the same history, the same bytes. */
    private static void stable(byte[] xlsx, OutputStream out) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                ZipEntry entry = new ZipEntry(e.getName());
                entry.setTimeLocal(FIXED);
                zip.putNextEntry(entry);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
    }

    private static String raws(List<Statement> list) {
        return String.join("\n", list.stream().map(s -> s.resolved() == null ? s.raw() : s.raw() + " → "
                + s.resolved()).toList());
    }

    private static String docs(List<Statement> list) {
        return String.join("\n", list.stream().map(Statement::place).toList());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
