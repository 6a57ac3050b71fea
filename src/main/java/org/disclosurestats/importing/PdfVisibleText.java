package org.disclosurestats.importing;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.Area;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The text a reader of the printed page sees: every reading of a PDF (its text and its table geometry) goes through
 * here. A glyph is left out when the page does not show it as text:
 * <ul>
 * <li>its ink is too faint to read on white paper (lighter than 80% grey once its transparency is applied): white
 * text hidden in a blank cell, and the light-grey watermarks (政府信息公开, 仅供参考, a site's name) producers tile
 * over the tables, which would otherwise be glued into the cells they cross;</li>
 * <li>it is drawn at a slant (neither upright nor turned a quarter): a diagonal watermark, never a cell;</li>
 * <li>it lies outside the clipping path (the page's crop box included): clipped or off the page.</li>
 * </ul>
 * Invisible text (rendering mode 3) is kept: it is the text layer a scanner's recognition lays over the image.
 * It also counts the glyphs of composite fonts that map to no character (Identity-H without a ToUnicode map): their
 * text is lost, so the layer is refused rather than read from what is left (PdfTextLayer).
 */
class PdfVisibleText extends PDFTextStripper {

    /** Ink below this share of black cannot be read on white paper: hidden or watermark text. */
    private static final double FAINTEST_INK = 0.2;
    /** How far from upright or a quarter turn (as the sine of the angle) a glyph may stand and still be text. */
    private static final double SLANT = 0.05;

    private int glyphs;
    private int unmapped;

    private final List<Rectangle2D> path = new ArrayList<>();
    private boolean clipping;
    private boolean curved;

    PdfVisibleText() throws IOException {
        // a text stripper skips colours and paths; the colour of text and rectangular clips decide what is seen
        addOperator(new SetNonStrokingColor(this));
        addOperator(new SetNonStrokingColorN(this));
        addOperator(new SetNonStrokingColorSpace(this));
        addOperator(new SetNonStrokingDeviceGrayColor(this));
        addOperator(new SetNonStrokingDeviceRGBColor(this));
        addOperator(new SetNonStrokingDeviceCMYKColor(this));
        addOperator(new SetStrokingColor(this));
        addOperator(new SetStrokingColorN(this));
        addOperator(new SetStrokingColorSpace(this));
        addOperator(new SetStrokingDeviceGrayColor(this));
        addOperator(new SetStrokingDeviceRGBColor(this));
        addOperator(new SetStrokingDeviceCMYKColor(this));
        for (String name : List.of("re", "m", "l", "c", "v", "y", "h", "W", "W*", "n", "f", "F", "f*", "S", "s", "B", "B*", "b", "b*")) {
            addOperator(new PathOperator(name));
        }
    }

    /**
     * Follows the path operators far enough to clip by rectangles (a clip of any other shape is not followed: its text
     * is kept, as before).
     */
    private final class PathOperator extends OperatorProcessor {

        private final String name;

        PathOperator(String name) {
            super(PdfVisibleText.this);
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            switch (name) {
                case "re" -> {
                    if (operands.size() == 4 && operands.stream().allMatch(o -> o instanceof COSNumber)) {
                        float[] v = new float[4];
                        for (int i = 0; i < 4; i++) {
                            v[i] = ((COSNumber) operands.get(i)).floatValue();
                        }
                        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                        Point2D.Float a = ctm.transformPoint(v[0], v[1]);
                        Point2D.Float b = ctm.transformPoint(v[0] + v[2], v[1] + v[3]);
                        Rectangle2D r = new Rectangle2D.Float(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.abs(b.x - a.x), Math.abs(b.y - a.y));
                        path.add(r);
                    }
                }
                case "m", "l", "c", "v", "y", "h" -> curved = true;
                case "W", "W*" -> clipping = true;
                default -> { // the path is painted or ended: a clip set with it takes effect
                    if (clipping && !curved && !path.isEmpty()) {
                        Area area = new Area();
                        path.forEach(r -> area.add(new Area(r)));
                        getGraphicsState().intersectClippingPath(area);
                    }
                    path.clear();
                    clipping = false;
                    curved = false;
                }
            }
        }
    }

    /** Glyphs shown so far, and of them those of a composite font mapped to no character. */
    int glyphs() {
        return glyphs;
    }

    int unmapped() {
        return unmapped;
    }

    @Override
    protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
        glyphs++;
        if (!(font instanceof PDSimpleFont) && font.toUnicode(code) == null) {
            unmapped++;
        }
        if (seen(matrix)) {
            super.showGlyph(matrix, font, code, displacement);
        }
    }

    private boolean seen(Matrix m) {
        PDGraphicsState state = getGraphicsState();
        return !slanted(m) && !faint(state) && inClip(state, m);
    }

    private static boolean slanted(Matrix m) {
        double a = m.getScaleX();
        double b = m.getShearY();
        double scale = Math.hypot(a, b);
        return scale > 0 && Math.abs(a) > SLANT * scale && Math.abs(b) > SLANT * scale;
    }

    private static boolean faint(PDGraphicsState state) {
        RenderingMode mode = state.getTextState().getRenderingMode();
        if (mode == RenderingMode.NEITHER || mode == RenderingMode.NEITHER_CLIP) {
            return false;
        }
        boolean fill = mode.isFill();
        PDColor colour = fill ? state.getNonStrokingColor() : state.getStrokingColor();
        double alpha = fill ? state.getNonStrokeAlphaConstant() : state.getAlphaConstant();
        try {
            int rgb = colour.toRGB();
            double luminance = (0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF)) / 255;
            return (1 - luminance) * alpha < FAINTEST_INK;
        } catch (IOException | RuntimeException e) {
            return false; // a colour that cannot be converted (a pattern) is taken as ink
        }
    }

    /** Whether a point inside the glyph's box lies within the clipping path (whose bounds start as the crop box). */
    private static boolean inClip(PDGraphicsState state, Matrix m) {
        Rectangle2D clip = state.getCurrentClippingPath().getBounds2D();
        Point2D.Float inside = m.transformPoint(0.25f, 0.3f);
        return clip.getWidth() <= 0 || clip.contains(inside.x, inside.y);
    }
}
