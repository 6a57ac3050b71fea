package org.disclosurestats.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.fixtures.TestCatalogue;
import org.disclosurestats.importing.Extraction.Extracted;
import org.disclosurestats.importing.ProducerPdf.Grid;
import org.disclosurestats.importing.ProducerPdf.Mark;
import org.disclosurestats.importing.ProducerPdf.Order;
import org.disclosurestats.importing.ProducerPdf.Runs;
import org.disclosurestats.importing.Report2021Layout.Options;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 2021 tables of values-2021.tsv written into PDFs the ways real producers write them (Word, WPS, Adobe, 福昕, a
 * CMS's converter): each case changes one thing a producer does, and every cell of 二, 三 and 四 must be read back
 * exactly, blanks blank, nothing else read. Where the PDF has destroyed the text (a font without a faithful character
 * map) the document must be refused, never read.
 */
class PdfProducerCasesTest {

    private static Arguments producing(String name, Consumer<ProducerPdf> producer) {
        return Arguments.of(name, producer, Options.plain());
    }

    private static Arguments laidOut(String name, Options options, Consumer<ProducerPdf> producer) {
        return Arguments.of(name, producer, options);
    }

    static Stream<Arguments> readableCases() {
        return Stream.of(
                producing("a Word grid written in reading order", p -> { }),
                producing("cells drawn column by column, the header last", p -> p.order = Order.COLUMNS_HEADER_LAST),
                producing("every glyph drawn at its own position", p -> p.runs = Runs.PER_GLYPH),
                producing("labels split into runs mid-word", p -> p.runs = Runs.SPLIT),
                producing("a diagonal light-grey watermark over the tables", p -> p.mark = Mark.DIAGONAL),
                producing("a tiled light-grey watermark on the rows' lines", p -> p.mark = Mark.TILED),
                producing("a site line, 第 N 页 共 M 页 and - N - on every page", p -> p.furniture = true),
                producing("pages turned with /Rotate 90", p -> p.rotate = 90),
                producing("pages turned with /Rotate 270", p -> p.rotate = 270),
                producing("a CropBox offset into a larger MediaBox", p -> p.cropOffset = true),
                producing("the grid drawn as thin filled rectangles", p -> p.grid = Grid.FILLED),
                producing("no borders at all", p -> p.grid = Grid.NONE),
                producing("digits in another font and size than the labels", p -> p.valueSize = 10.5f),
                producing("white, clipped and off-page text", p -> p.hidden = true),
                laidOut("values vertically centred beside wrapped labels", new Options(true, false, 11, true, -1), p -> { }),
                laidOut("full-width digits", new Options(false, true, 11, true, -1), p -> { }),
                laidOut("section 三 over a page break without its header repeated", new Options(false, false, 11, false, -1), p -> { }),
                laidOut("a row broken across the page break", new Options(false, false, -1, false, 20), p -> { }),
                laidOut("everything at once", new Options(true, false, 9, false, -1), p -> {
                    p.order = Order.COLUMNS_HEADER_LAST;
                    p.runs = Runs.PER_GLYPH;
                    p.mark = Mark.TILED;
                    p.furniture = true;
                    p.grid = Grid.FILLED;
                    p.hidden = true;
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readableCases")
    void everyCellIsReadBackExactly(String name, Consumer<ProducerPdf> producer, Options options) throws Exception {
        ProducerPdf pdf = new ProducerPdf();
        producer.accept(pdf);
        byte[] body = pdf.write(Report2021Layout.of(options));
        StandardTables.Result result = new StandardTables(TestCatalogue.metrics()).read(DocumentText.read(body, DocumentText.PDF).tables());
        Map<String, String> expected = PdfLayoutsTest.expected(Edition.F2021);
        Map<String, Extracted> read = result.figures().stream().filter(f -> f.metric() != null)
                .collect(Collectors.toMap(Extracted::metric, f -> f, (a, b) -> a));
        List<String> wrong = new ArrayList<>();
        expected.forEach((metric, value) -> {
            Extracted f = read.get(metric);
            String got = f == null ? "(not read)" : f.value() == null ? "" : f.value().stripTrailingZeros().toPlainString();
            String want = value.isEmpty() ? "" : new BigDecimal(value).stripTrailingZeros().toPlainString();
            if (!got.equals(want)) {
                wrong.add(metric + ": read " + got + ", written " + (want.isEmpty() ? "(blank)" : want));
            }
        });
        result.figures().stream().filter(f -> f.metric() == null || !expected.containsKey(f.metric()))
                .forEach(f -> wrong.add("read a cell the table has not: " + f.metric() + " = " + f.value()));
        assertTrue(wrong.isEmpty(), name + ":\n" + String.join("\n", wrong) + "\nunmapped: " + result.unmapped());
        assertEquals(List.of(), result.unmapped(), name);
    }

    static Stream<Arguments> destroyedCases() {
        return Stream.of(
                producing("Chinese glyphs mapped to the wrong characters, digits readable", p -> p.map = ProducerPdf.Map2.SHIFTED),
                producing("Identity-H glyphs without a ToUnicode map, digits readable", p -> p.map = ProducerPdf.Map2.NONE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("destroyedCases")
    void aDocumentWhoseLabelsAreLostIsRefusedNotRead(String name, Consumer<ProducerPdf> producer, Options options) throws Exception {
        ProducerPdf pdf = new ProducerPdf();
        producer.accept(pdf);
        byte[] body = pdf.write(Report2021Layout.of(options));
        UnreadableDocument e = assertThrows(UnreadableDocument.class, () -> DocumentText.read(body, DocumentText.PDF), name);
        assertEquals(UnreadableDocument.Reason.GARBLED_TEXT_LAYER, e.reason, name);
    }
}
