package org.disclosurestats.importing;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The rules drawn on a page: the borders between the columns and the rows of a table. Producers draw them as stroked
 * lines, as the edges of stroked rectangles, or as thin filled rectangles. Two glyphs with a rule between them are in
 * different cells however close they stand (narrow columns with little padding), which the gaps between glyphs alone
 * cannot tell; two label lines with a rule between them are in different rows however close. A page without rules (a table drawn without borders) has none, and cells are told by gaps alone.
 */
final class PdfRules extends PDFGraphicsStreamEngine {

    /** A vertical rule at x, from y0 to y1 (from the top of the page, as the glyphs' baselines are). */
    record Rule(float x, float y0, float y1) {

        /** Whether the rule stands between x0 and x1 beside a glyph whose baseline is at y and whose size is size. */
        boolean separates(float x0, float x1, float y, float size) {
            float middle = y - 0.35f * size;
            return x > x0 - 1f && x < x1 + 1f && y0 <= middle && y1 >= middle;
        }
    }

    /** A horizontal rule at y (from the top of the page), from x0 to x1: a border between two rows. */
    record Across(float y, float x0, float x1) {

        /** Whether the rule crosses x between the baselines ya (above) and yb (below) of glyphs of the given size. */
        boolean separates(float ya, float yb, float x, float size) {
            return x >= x0 && x <= x1 && y > ya && y < yb - 0.5f * size;
        }
    }

    /** The rules of a page: vertical ones between columns, horizontal ones between rows. */
    record Rules(List<Rule> vertical, List<Across> horizontal) {

        static final Rules NONE = new Rules(List.of(), List.of());
    }

    /** Thicker than this, a filled rectangle is a shaded area, not a rule. */
    private static final float THIN = 2.5f;

    private final float top;
    private final float left;
    private final List<Rule> rules = new ArrayList<>();
    private final List<Across> across = new ArrayList<>();
    private final List<Point2D[]> pending = new ArrayList<>();
    private final List<Point2D[]> rectangles = new ArrayList<>();
    private Point2D current;

    private PdfRules(PDPage page) {
        super(page);
        PDRectangle box = page.getCropBox();
        this.top = box.getUpperRightY();
        this.left = box.getLowerLeftX();
    }

    /** The rules of a page; none for a rotated page, whose glyph positions are turned. */
    static Rules of(PDPage page) throws IOException {
        if (page.getRotation() % 360 != 0) {
            return Rules.NONE;
        }
        PdfRules engine = new PdfRules(page);
        engine.processPage(page);
        return new Rules(engine.rules, engine.across);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        rectangles.add(new Point2D[] {p0, p1, p2, p3});
        pending.add(new Point2D[] {p0, p1});
        pending.add(new Point2D[] {p1, p2});
        pending.add(new Point2D[] {p2, p3});
        pending.add(new Point2D[] {p3, p0});
        current = p0;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D to = new Point2D.Float(x, y);
        if (current != null) {
            pending.add(new Point2D[] {current, to});
        }
        current = to;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        // the closing edge of a drawn box is its first edge, already kept when the box is a rectangle
    }

    @Override
    public void endPath() {
        clear();
    }

    @Override
    public void strokePath() {
        pending.forEach(this::keepVertical);
        clear();
    }

    @Override
    public void fillPath(int windingRule) {
        for (Point2D[] r : rectangles) {
            double w = Math.abs(r[2].getX() - r[0].getX());
            double h = Math.abs(r[2].getY() - r[0].getY());
            if (w <= THIN && h > w) {
                float x = (float) (r[0].getX() + r[2].getX()) / 2;
                keep(x, (float) r[0].getY(), (float) r[2].getY());
            } else if (h <= THIN && w > h) {
                float y = (float) (r[0].getY() + r[2].getY()) / 2;
                keepAcross(y, (float) r[0].getX(), (float) r[2].getX());
            }
        }
        clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    private void keepVertical(Point2D[] s) {
        if (Math.abs(s[0].getX() - s[1].getX()) < 1 && Math.abs(s[0].getY() - s[1].getY()) > 2) {
            keep((float) s[0].getX(), (float) s[0].getY(), (float) s[1].getY());
        } else if (Math.abs(s[0].getY() - s[1].getY()) < 1 && Math.abs(s[0].getX() - s[1].getX()) > 2) {
            keepAcross((float) s[0].getY(), (float) s[0].getX(), (float) s[1].getX());
        }
    }

    private void keepAcross(float y, float xa, float xb) {
        across.add(new Across(top - y, Math.min(xa, xb) - left, Math.max(xa, xb) - left));
    }

    private void keep(float x, float ya, float yb) {
        rules.add(new Rule(x - left, top - Math.max(ya, yb), top - Math.min(ya, yb)));
    }

    private void clear() {
        pending.clear();
        rectangles.clear();
    }

    @Override
    public void clip(int windingRule) {
        // a clipping path is no rule; the path is ended (n) after it
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // images hold no rules we read
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shading holds no rules we read
    }
}
