package pira.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import pira.archive.ArchiveGuard;
import pira.model.Location;

/**
 * Reads XLSX workbooks with POI's streaming (SAX) API, so that memory follows the cells kept,
 * not POI's object model. Cells keep their displayed text (Italian formats), formulas their cached
 * result; formula errors, hidden sheets and hidden rows are noted.
 */
public final class XlsxReader implements SourceReader {

    @Override
    public RawDocument read(Path file, ReaderOptions options) throws SourceException {
        String name = file.getFileName().toString();
        List<RawTable> tables = new ArrayList<>();
        List<SourceNote> notes = new ArrayList<>();
        try {
            ArchiveGuard.check(file, name);
        } catch (ArchiveGuard.Refused e) {
            throw new SourceException(e.getMessage(), e);
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Set<String> hiddenSheets = hiddenSheets(reader);
            DataFormatter formatter = new DataFormatter(Locale.ITALY);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String sheetName = sheets.getSheetName();
                    boolean hidden = hiddenSheets.contains(sheetName);
                    if (hidden) {
                        notes.add(new SourceNote("FOGLIO-NASCOSTO", "il foglio \"" + sheetName + "\" è nascosto",
                                Location.ofSheet(name, sheetName)));
                    }
                    SheetCollector collector = new SheetCollector(name, sheetName, notes);
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new SheetHandler(
                            new XSSFSheetXMLHandler(styles, strings, collector, formatter, false), collector));
                    xml.parse(new InputSource(in));
                    tables.add(new RawTable(sheetName, hidden, collector.rows, collector.merged));
                }
            }
        } catch (InvalidFormatException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new SourceException(name + ": il file non è un foglio di calcolo XLSX valido. Aprirlo con Excel o"
                    + " LibreOffice e salvarlo di nuovo in formato .xlsx.", e);
        } catch (IOException | OpenXML4JException | SAXException | XMLStreamException
                 | javax.xml.parsers.ParserConfigurationException | org.apache.poi.ooxml.POIXMLException
                 | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw new SourceException(ArchiveGuard.message(name, null), e);
            }
            throw new SourceException(name + ": il file XLSX è danneggiato e non si può leggere. Aprirlo con Excel o"
                    + " LibreOffice, verificarne il contenuto e salvarlo di nuovo.", e);
        }
        return new RawDocument(name, SourceFormat.XLSX, tables, notes);
    }

    private static Set<String> hiddenSheets(XSSFReader reader)
            throws IOException, InvalidFormatException, XMLStreamException {
        Set<String> hidden = new HashSet<>();
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
                    String state = xml.getAttributeValue(null, "state");
                    if (state != null && !state.equals("visible")) {
                        hidden.add(xml.getAttributeValue(null, "name"));
                    }
                }
            }
            xml.close();
        }
        return hidden;
    }

    /** Passes the sheet XML to POI's handler, noting what it does not report: hidden rows, merges, error cells. */
    private static final class SheetHandler extends DefaultHandler {
        private final XSSFSheetXMLHandler delegate;
        private final SheetCollector collector;

        SheetHandler(XSSFSheetXMLHandler delegate, SheetCollector collector) {
            this.delegate = delegate;
            this.collector = collector;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            switch (localName) {
                case "row" -> {
                    String hidden = atts.getValue("hidden");
                    collector.currentRowHidden = "1".equals(hidden) || "true".equals(hidden);
                }
                case "c" -> {
                    if ("e".equals(atts.getValue("t"))) {
                        collector.errorCells.add(atts.getValue("r"));
                    }
                }
                case "mergeCell" -> collector.merged.add(CellRange.parse(atts.getValue("ref")));
                default -> {
                }
            }
            delegate.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            delegate.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            delegate.characters(ch, start, length);
        }
    }

    /** Collects the rows POI reports, keeping each row's cells as a compact array. */
    private static final class SheetCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String file;
        private final String sheet;
        private final List<SourceNote> notes;
        final List<RawRow> rows = new ArrayList<>();
        final List<CellRange> merged = new ArrayList<>();
        final Set<String> errorCells = new HashSet<>();
        boolean currentRowHidden;
        /** The cells of the row being read, by column from 1 (index 0 unused); grown as needed. */
        private String[] current = new String[32];
        private final TextPool texts = new TextPool();
        private int maxColumn;
        private int nextColumn;

        SheetCollector(String file, String sheet, List<SourceNote> notes) {
            this.file = file;
            this.sheet = sheet;
            this.notes = notes;
        }

        @Override
        public void startRow(int rowNum) {
            java.util.Arrays.fill(current, 0, Math.min(current.length, maxColumn + 1), null);
            maxColumn = 0;
            nextColumn = 1;
        }

        @Override
        public void endRow(int rowNum) {
            String[] cells = new String[maxColumn];
            for (int c = 1; c <= maxColumn; c++) {
                cells[c - 1] = current[c] == null ? "" : current[c];
            }
            int number = rowNum + 1;
            if (currentRowHidden) {
                notes.add(new SourceNote("RIGA-NASCOSTA", "la riga " + number + " è nascosta ma è stata letta",
                        Location.ofRow(file, sheet, number)));
            }
            rows.add(new RawRow(number, currentRowHidden, cells));
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int[] ref = cellReference == null ? null : CellRef.parse(cellReference);
            int column = ref == null ? nextColumn : ref[1];
            nextColumn = column + 1;
            String text = formattedValue == null ? "" : formattedValue;
            if (cellReference != null && errorCells.contains(cellReference)) {
                text = text.startsWith("ERROR:") ? text.substring("ERROR:".length()) : text;
                notes.add(new SourceNote("ERRORE-FORMULA", "la formula dà errore " + text,
                        Location.ofCell(file, sheet, ref[0], column)));
            }
            if (column >= current.length) {
                current = java.util.Arrays.copyOf(current, Math.max(column + 1, current.length * 2));
            }
            current[column] = texts.of(text);
            maxColumn = Math.max(maxColumn, column);
        }
    }
}
