package dev.quarry.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Inline SVG charts, drawn in plain Java so the report needs no script library and no network.
 * Every chart carries {@code data-marks} (the number of drawn points or bars), which the report's
 * self-check and the browser test read; a chart with no data is replaced by a note saying why.
 */
public final class SvgChart {

    private static final String[] PALETTE = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
            "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"};
    private static final int WIDTH = 760;

    private SvgChart() {
    }

    /** A note in place of a chart that has nothing to show. */
    public static String empty(String why) {
        return "<p class=\"empty\" data-empty=\"true\">No chart: " + esc(why) + "</p>";
    }

    /** Lines over a shared x axis (months); one series per entry, in the map's order. */
    public static String lines(String title, List<String> x, Map<String, double[]> series, String yLabel, String whyEmpty) {
        double maxY = 0;
        int marks = 0;
        for (double[] values : series.values()) {
            for (double v : values) {
                maxY = Math.max(maxY, v);
                marks++;
            }
        }
        if (x.isEmpty() || series.isEmpty() || maxY <= 0) {
            return empty(whyEmpty);
        }
        int legendRows = series.size() > 1 ? (series.size() + 2) / 3 : 0;
        int left = 60;
        int right = 20;
        int top = 20;
        int plotH = 240;
        int bottom = 60;
        int height = top + plotH + bottom + legendRows * 18;
        int plotW = WIDTH - left - right;
        double yMax = niceCeiling(maxY);
        StringBuilder b = open(title, height, marks);
        axes(b, left, top, plotW, plotH, yMax, yLabel);
        int step = Math.max(1, (int) Math.ceil(x.size() / 12.0));
        for (int i = 0; i < x.size(); i++) {
            double px = left + (x.size() == 1 ? plotW / 2.0 : i * plotW / (double) (x.size() - 1));
            if (i % step == 0 || i == x.size() - 1) {
                b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"end\" transform=\"rotate(-40 %.1f %d)\" class=\"tick\">%s</text>",
                        px, top + plotH + 14, px, top + plotH + 14, esc(x.get(i))));
            }
        }
        int s = 0;
        for (Map.Entry<String, double[]> e : series.entrySet()) {
            String color = PALETTE[s % PALETTE.length];
            StringBuilder points = new StringBuilder();
            double[] values = e.getValue();
            for (int i = 0; i < values.length; i++) {
                double px = left + (values.length == 1 ? plotW / 2.0 : i * plotW / (double) (values.length - 1));
                double py = top + plotH - values[i] / yMax * plotH;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, py));
                b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"><title>%s %s: %s</title></circle>",
                        px, py, color, esc(e.getKey()), esc(x.get(Math.min(i, x.size() - 1))), number(values[i])));
            }
            b.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"2\" points=\"")
                    .append(points.toString().strip()).append("\"/>");
            if (series.size() > 1) {
                int lx = left + (s % 3) * 240;
                int ly = top + plotH + bottom + (s / 3) * 18;
                b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"%d\" class=\"legend\">%s</text>",
                        lx, ly - 10, color, lx + 16, ly, esc(shorten(e.getKey(), 32))));
            }
            s++;
        }
        return b.append("</svg>").toString();
    }

    /** Horizontal bars, largest first as given. */
    public static String bars(String title, List<String> labels, double[] values, String xLabel, String whyEmpty) {
        if (labels.isEmpty()) {
            return empty(whyEmpty);
        }
        int left = 220;
        int right = 60;
        int top = 10;
        int row = 22;
        int height = top + labels.size() * row + 40;
        int plotW = WIDTH - left - right;
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        if (max <= 0) {
            return empty(whyEmpty);
        }
        StringBuilder b = open(title, height, labels.size());
        for (int i = 0; i < labels.size(); i++) {
            double w = values[i] / max * plotW;
            int y = top + i * row;
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"label\">%s</text>",
                    left - 8, y + 15, esc(shorten(labels.get(i), 34))));
            b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"><title>%s: %s</title></rect>",
                    left, y + 2, Math.max(1, w), PALETTE[0], esc(labels.get(i)), number(values[i])));
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"value\">%s</text>", left + w + 6, y + 15, number(values[i])));
        }
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"axis-label\">%s</text>", left, height - 10, esc(xLabel)));
        return b.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int height, int marks) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg class=\"chart\" role=\"img\" aria-label=\"%s\" data-marks=\"%d\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" xmlns=\"http://www.w3.org/2000/svg\">",
                esc(title), marks, WIDTH, height, WIDTH, height));
    }

    private static void axes(StringBuilder b, int left, int top, int plotW, int plotH, double yMax, String yLabel) {
        b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>", left, top, left, top + plotH));
        b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>", left, top + plotH, left + plotW, top + plotH));
        for (int i = 0; i <= 4; i++) {
            double v = yMax * i / 4;
            double y = top + plotH - plotH * i / 4.0;
            b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"grid\"/>", left, y, left + plotW, y));
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"tick\">%s</text>", left - 6, y + 4, number(v)));
        }
        b.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\" text-anchor=\"middle\" class=\"axis-label\">%s</text>",
                top + plotH / 2, top + plotH / 2, esc(yLabel)));
    }

    static double niceCeiling(double v) {
        double exp = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * exp >= v) {
                return m * exp;
            }
        }
        return 10 * exp;
    }

    static String number(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
