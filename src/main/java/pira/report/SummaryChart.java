package pira.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The chart of the summary: per strategic objective a horizontal bar of its indicators by outcome (raggiunti,
 * parzialmente raggiunti, non raggiunti, non valutabili), the numbers of the table beside it. Drawn by JFreeChart as a
 * PNG of fixed size for the number of objectives, with fixed fonts, colours and rendering hints and without a display
 * (headless): the same counts give the same bytes.
 */
final class SummaryChart {

    static {
        // no display is needed, nor wanted: a server or a scheduled task draws the same picture
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** One objective's bar: its label and the four counts. */
    record Bar(String label, int reached, int partial, int notReached, int notAssessed) {
    }

    static final List<String> SERIES = List.of("Raggiunti", "Parzialmente raggiunti", "Non raggiunti",
            "Non valutabili");
    private static final Color[] COLORS = {new Color(0x2E7D32), new Color(0xF9A825), new Color(0xC62828),
        new Color(0x9E9E9E)};
    /** The drawing's size in points, drawn at {@link #SCALE} pixels a point. */
    static final int WIDTH = 700;
    private static final int SCALE = 2;
    private static final String FONT = font();

    private SummaryChart() {
    }

    /** The height of the drawing, in points, for {@code bars} objectives. */
    static int height(int bars) {
        return 110 + 36 * bars;
    }

    /** The chart as a PNG, {@code WIDTH × height(bars)} points at two pixels a point. */
    static byte[] png(List<Bar> bars) {
        JFreeChart chart = chart(bars);
        int h = height(bars.size());
        BufferedImage image = new BufferedImage(WIDTH * SCALE, h * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(SCALE, SCALE);
            chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, h));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static JFreeChart chart(List<Bar> bars) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Bar b : bars) {
            int[] counts = {b.reached(), b.partial(), b.notReached(), b.notAssessed()};
            for (int s = 0; s < SERIES.size(); s++) {
                data.addValue(counts[s], SERIES.get(s), b.label());
            }
        }
        CategoryAxis objectives = new CategoryAxis(null);
        objectives.setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
        objectives.setMaximumCategoryLabelWidthRatio(0.3f);
        objectives.setMaximumCategoryLabelLines(2);
        objectives.setCategoryMargin(0.25);
        NumberAxis indicators = new NumberAxis("Indicatori");
        indicators.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ITALY));
        indicators.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.ITALY));
        indicators.setLabelFont(new Font(FONT, Font.PLAIN, 12));
        indicators.setTickLabelFont(new Font(FONT, Font.PLAIN, 11));
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Color.WHITE);
        renderer.setDefaultOutlineStroke(new BasicStroke(1f));
        renderer.setMaximumBarWidth(0.08);
        for (int s = 0; s < COLORS.length; s++) {
            renderer.setSeriesPaint(s, COLORS[s]);
        }
        renderer.setDefaultItemLabelGenerator(new Counts());
        renderer.setDefaultItemLabelFont(new Font(FONT, Font.BOLD, 11));
        renderer.setDefaultItemLabelPaint(Color.WHITE);
        renderer.setDefaultItemLabelsVisible(true);
        CategoryPlot plot = new CategoryPlot(data, objectives, indicators, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        // the counts under the bars, where a reader looks for the scale
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xCCCCCC));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        JFreeChart chart = new JFreeChart(null, new Font(FONT, Font.BOLD, 14), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(false);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(new Font(FONT, Font.PLAIN, 12));
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        return chart;
    }

    /** A count inside its bar; none for a count of 0, which has no bar. */
    private static final class Counts extends StandardCategoryItemLabelGenerator {
        private static final long serialVersionUID = 1L;

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            Number n = dataset.getValue(row, column);
            return n == null || n.intValue() == 0 ? null : String.valueOf(n.intValue());
        }
    }

    /** DejaVu Sans where it is installed (headless Linux has it), else Java's own sans serif: fixed for a machine. */
    private static String font() {
        String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT);
        return Arrays.asList(families).contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;
    }
}
