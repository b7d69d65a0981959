package dev.quarry.report;

import java.util.List;

/** The CSV text beside each chart: its numbers, one row a point or a bar. */
final class ReportCsv {

    private ReportCsv() {
    }

    /** One value per month. */
    static String series(List<String> months, String xName, String yName, double[] values) {
        StringBuilder b = new StringBuilder(xName + "," + yName + "\n");
        for (int i = 0; i < values.length; i++) {
            b.append(months.get(i)).append(',').append(SvgChart.number(values[i]).replace(",", "")).append('\n');
        }
        return b.toString();
    }

    /** One value per label. */
    static String bars(String labelName, String valueName, List<String> labels, double[] values) {
        StringBuilder b = new StringBuilder(labelName + "," + valueName + "\n");
        for (int i = 0; i < labels.size(); i++) {
            b.append(cell(labels.get(i))).append(',').append(SvgChart.number(values[i]).replace(",", "")).append('\n');
        }
        return b.toString();
    }

    /** A cell, quoted when it holds a comma, a quotation mark or a line break; "" for null. */
    static String cell(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
