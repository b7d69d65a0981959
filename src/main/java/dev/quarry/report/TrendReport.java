package dev.quarry.report;

import dev.quarry.tables.Table;
import dev.quarry.tables.TableWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * The HTML trend report over a range of months: quote volume, most-quoted and rising people,
 * entity mention trends, one speaker's profile, and the data's coverage. Each chart's numbers go
 * to a CSV file beside the page; the page is self-contained (inline SVG and CSS, no network).
 */
public final class TrendReport {

    /** What to report on. {@code speaker}/{@code entity} match a key or a name, case-insensitively; null picks the top one. */
    public record Request(YearMonth from, YearMonth to, String speaker, String entity, int top, Path outDir) {
    }

    private final SparkSession spark;
    private final TableWriter tables;
    private final Request r;
    private final List<String> months = new ArrayList<>();
    private final ReportPage page;

    private TrendReport(SparkSession spark, TableWriter tables, Request request) {
        this.spark = spark;
        this.tables = tables;
        this.r = request;
        this.page = new ReportPage(request.outDir());
        for (YearMonth m = request.from(); !m.isAfter(request.to()); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
    }

    /** Writes report.html and its CSV files; returns the page's path. */
    public static Path write(SparkSession spark, TableWriter tables, Request request) throws IOException {
        for (Table t : List.of(Table.ARTICLES, Table.QUOTES, Table.QUOTATIONS, Table.SPEAKERS_MONTHLY, Table.ENTITY_MENTIONS_MONTHLY)) {
            if (!tables.exists(t)) {
                throw new java.io.FileNotFoundException("no " + t.tableName() + " table at " + tables.tablePath(t)
                        + "; run `jobs/quarry run` first (it writes the aggregate tables too)");
            }
        }
        Files.createDirectories(request.outDir());
        TrendReport report = new TrendReport(spark, tables, request);
        report.build();
        return report.page.write("Quarry trend report " + request.from() + " to " + request.to(),
                "Who said what: " + request.from() + " to " + request.to(),
                tables.tablePath(Table.QUOTES).getParent().toString());
    }

    private Dataset<Row> inRange(Table t) {
        int from = r.from().getYear() * 100 + r.from().getMonthValue();
        int to = r.to().getYear() * 100 + r.to().getMonthValue();
        return tables.read(t).filter(col("year").multiply(100).plus(col("month")).between(from, to));
    }

    private static String month(Row row, int yearIndex) {
        return YearMonth.of(row.getInt(yearIndex), row.getInt(yearIndex + 1)).toString();
    }

    private void build() throws IOException {
        section("Quote volume", "Quotes found per month, " + r.from() + " to " + r.to() + ".");
        Map<String, Double> volume = new LinkedHashMap<>();
        for (Row row : inRange(Table.QUOTES).groupBy("year", "month").count().collectAsList()) {
            volume.put(month(row, 0), (double) row.getLong(2));
        }
        double[] perMonth = months.stream().mapToDouble(m -> volume.getOrDefault(m, 0.0)).toArray();
        chart("quote-volume.csv", csvSeries("month", "quotes", perMonth),
                SvgChart.lines("Quotes per month", months, Map.of("quotes", perMonth), "quotes",
                        "the archive holds no quotes between " + r.from() + " and " + r.to()));

        // People: speakers whose key is a person.
        Dataset<Row> people = inRange(Table.SPEAKERS_MONTHLY).filter(col("speaker_key").startsWith("PER:"));
        List<Row> top = people.groupBy("speaker_key").agg(sum("quotes").as("quotes"),
                        org.apache.spark.sql.functions.max("speaker").as("speaker"))
                .orderBy(col("quotes").desc(), col("speaker_key").asc()).limit(r.top()).collectAsList();
        section("Most-quoted people", "People with the most quotes in the period.");
        List<String> names = new ArrayList<>();
        double[] counts = new double[top.size()];
        for (int i = 0; i < top.size(); i++) {
            names.add(top.get(i).getString(2));
            counts[i] = top.get(i).getLong(1);
        }
        chart("top-speakers.csv", ReportCsv.bars("speaker", "quotes", names, counts),
                SvgChart.bars("Most-quoted people", names, counts, "quotes in the period",
                        "no quote in the period has a resolved person as speaker"));

        section("Rising voices", "People quoted more in the second half of the period than in the first (" + half(true) + " vs " + half(false) + ").");
        int mid = (months.size() + 1) / 2;
        String midMonth = months.get(Math.min(mid, months.size() - 1));
        YearMonth split = YearMonth.parse(midMonth);
        int splitKey = split.getYear() * 100 + split.getMonthValue();
        List<Row> rising = people.groupBy("speaker_key").agg(
                        sum(when(col("year").multiply(100).plus(col("month")).geq(splitKey), col("quotes")).otherwise(0)).as("late"),
                        sum(when(col("year").multiply(100).plus(col("month")).lt(splitKey), col("quotes")).otherwise(0)).as("early"),
                        org.apache.spark.sql.functions.max("speaker").as("speaker"))
                .withColumn("rise", col("late").minus(col("early")))
                .filter(col("rise").gt(0))
                .orderBy(col("rise").desc(), col("speaker_key").asc()).limit(r.top()).collectAsList();
        List<String> risingNames = new ArrayList<>();
        double[] rises = new double[rising.size()];
        for (int i = 0; i < rising.size(); i++) {
            risingNames.add(rising.get(i).getString(3));
            rises[i] = rising.get(i).getLong(4);
        }
        chart("rising-speakers.csv", ReportCsv.bars("speaker", "rise_in_quotes", risingNames, rises),
                SvgChart.bars("Rising voices", risingNames, rises, "quotes in the second half minus the first",
                        months.size() < 2 ? "the period is a single month, so there is nothing to compare"
                                : "nobody was quoted more in the second half than in the first"));

        entityTrends();
        speakerProfile();
        coverage();
    }

    private String half(boolean first) {
        int mid = (months.size() + 1) / 2;
        return first ? months.get(0) + "\u2013" + months.get(Math.max(0, mid - 1))
                : months.get(Math.min(mid, months.size() - 1)) + "\u2013" + months.get(months.size() - 1);
    }

    private void entityTrends() throws IOException {
        section("Who is talked about", "Monthly mentions of the " + r.top() + " most-mentioned entities.");
        Dataset<Row> mentions = inRange(Table.ENTITY_MENTIONS_MONTHLY);
        List<Row> top = mentions.groupBy("entity_key").agg(sum("mentions").as("m"), org.apache.spark.sql.functions.max("name").as("name"))
                .orderBy(col("m").desc(), col("entity_key").asc()).limit(r.top()).collectAsList();
        Map<String, double[]> series = new LinkedHashMap<>();
        Map<String, String> nameOf = new LinkedHashMap<>();
        for (Row row : top) {
            nameOf.put(row.getString(0), row.getString(2) + " (" + row.getString(0).substring(0, row.getString(0).indexOf(':')) + ")");
            series.put(nameOf.get(row.getString(0)), new double[months.size()]);
        }
        if (!nameOf.isEmpty()) {
            for (Row row : mentions.filter(col("entity_key").isin(nameOf.keySet().toArray())).select("entity_key", "year", "month", "mentions").collectAsList()) {
                int i = months.indexOf(month(row, 1));
                if (i >= 0) {
                    series.get(nameOf.get(row.getString(0)))[i] += row.getLong(3);
                }
            }
        }
        StringBuilder csv = new StringBuilder("month,entity,mentions\n");
        series.forEach((name, values) -> {
            for (int i = 0; i < values.length; i++) {
                csv.append(months.get(i)).append(',').append(ReportCsv.cell(name)).append(',').append((long) values[i]).append('\n');
            }
        });
        chart("entity-trends.csv", csv.toString(), SvgChart.lines("Entity mentions per month", months, series, "mentions",
                "the entities table holds no mentions in the period (were the models enabled?)"));
        String focus = r.entity();
        if (focus != null) {
            List<Row> match = mentions.filter(lower(col("entity_key")).equalTo(focus.toLowerCase(Locale.ROOT))
                    .or(lower(col("name")).equalTo(focus.toLowerCase(Locale.ROOT)))).groupBy("year", "month").agg(sum("mentions")).collectAsList();
            double[] v = new double[months.size()];
            for (Row row : match) {
                int i = months.indexOf(month(row, 0));
                if (i >= 0) {
                    v[i] = row.getLong(2);
                }
            }
            section("Entity: " + focus, "Monthly mentions of the chosen entity.");
            chart("entity-focus.csv", csvSeries("month", "mentions", v), SvgChart.lines("Mentions of " + focus, months,
                    Map.of(focus, v), "mentions", "no entity with key or name '" + focus + "' is mentioned in the period"));
        }
    }

    private void speakerProfile() throws IOException {
        Dataset<Row> speakers = inRange(Table.SPEAKERS_MONTHLY);
        String key;
        String label;
        if (r.speaker() != null) {
            String wanted = r.speaker().toLowerCase(Locale.ROOT);
            List<Row> match = speakers.filter(lower(col("speaker_key")).equalTo(wanted).or(lower(col("speaker")).equalTo(wanted)))
                    .groupBy("speaker_key").agg(sum("quotes").as("q"), org.apache.spark.sql.functions.max("speaker"))
                    .orderBy(col("q").desc()).limit(1).collectAsList();
            key = match.isEmpty() ? null : match.get(0).getString(0);
            label = match.isEmpty() ? r.speaker() : match.get(0).getString(2);
        } else {
            List<Row> best = speakers.filter(col("speaker_key").startsWith("PER:")).groupBy("speaker_key")
                    .agg(sum("quotes").as("q"), org.apache.spark.sql.functions.max("speaker"))
                    .orderBy(col("q").desc(), col("speaker_key").asc()).limit(1).collectAsList();
            key = best.isEmpty() ? null : best.get(0).getString(0);
            label = best.isEmpty() ? "(none)" : best.get(0).getString(2);
        }
        section("Speaker: " + label, r.speaker() == null ? "The most-quoted person of the period (choose another with --speaker)." : "The speaker chosen with --speaker.");
        double[] v = new double[months.size()];
        List<String> sources = new ArrayList<>();
        double[] perSource = new double[0];
        List<Row> quotations = List.of();
        if (key != null) {
            Dataset<Row> quotes = inRange(Table.QUOTES).filter(col("speaker_key").equalTo(key));
            for (Row row : quotes.groupBy("year", "month").count().collectAsList()) {
                int i = months.indexOf(month(row, 0));
                if (i >= 0) {
                    v[i] = row.getLong(2);
                }
            }
            List<Row> bySource = quotes.filter(col("source").isNotNull()).groupBy("source").agg(count(lit(1)).as("n"))
                    .orderBy(col("n").desc(), col("source").asc()).limit(r.top()).collectAsList();
            perSource = new double[bySource.size()];
            for (int i = 0; i < bySource.size(); i++) {
                sources.add(bySource.get(i).getString(0));
                perSource[i] = bySource.get(i).getLong(1);
            }
            quotations = inRange(Table.QUOTATIONS).filter(col("speaker_key").equalTo(key))
                    .orderBy(col("num_occurrences").desc(), col("quotation_id").asc()).limit(10)
                    .select("longest_text", "num_occurrences", "num_sources", "first_seen", "first_source").collectAsList();
        }
        String why = key == null ? "no speaker '" + label + "' is quoted in the period" : "no quotes by " + label + " in the period";
        chart("speaker-quotes.csv", csvSeries("month", "quotes", v), SvgChart.lines("Quotes by " + label + " per month", months,
                Map.of(label, v), "quotes", why));
        chart("speaker-sources.csv", ReportCsv.bars("source", "quotes", sources, perSource),
                SvgChart.bars("Who quotes " + label, sources, perSource, "quotes", why + ", or none of its articles names a source"));
        List<ReportPage.Quotation> rows = new ArrayList<>();
        for (Row q : quotations) {
            rows.add(new ReportPage.Quotation(q.getString(0), q.getLong(1), q.getLong(2), q.get(3), q.getString(4)));
        }
        page.quotations("speaker-quotations.csv", rows, why);
    }

    private void coverage() throws IOException {
        section("Coverage", "What the archive holds in the period: articles per month and per source, and the share with quotes.");
        Dataset<Row> articles = inRange(Table.ARTICLES).select("article_id", "source", "year", "month");
        Dataset<Row> quoted = inRange(Table.QUOTES).select(col("article_id").as("q_id")).distinct();
        List<Row> perMonth = articles.join(quoted, articles.col("article_id").equalTo(quoted.col("q_id")), "left")
                .groupBy("year", "month").agg(count(lit(1)).as("n"), countDistinct("q_id").as("with_quotes")).collectAsList();
        double[] n = new double[months.size()];
        double[] share = new double[months.size()];
        for (Row row : perMonth) {
            int i = months.indexOf(month(row, 0));
            if (i >= 0) {
                n[i] = row.getLong(2);
                share[i] = row.getLong(2) == 0 ? 0 : 100.0 * row.getLong(3) / row.getLong(2);
            }
        }
        chart("articles-per-month.csv", csvSeries("month", "articles", n), SvgChart.lines("Articles per month", months,
                Map.of("articles", n), "articles", "the archive holds no dated articles between " + r.from() + " and " + r.to()));
        chart("quoted-share.csv", csvSeries("month", "percent_with_quotes", share), SvgChart.lines("Share of articles with quotes (%)",
                months, Map.of("% with quotes", share), "% of articles", "there are no articles in the period, so no share"));
        List<Row> bySource = articles.filter(col("source").isNotNull()).groupBy("source").agg(count(lit(1)).as("n"))
                .orderBy(col("n").desc(), col("source").asc()).limit(15).collectAsList();
        List<String> names = new ArrayList<>();
        double[] values = new double[bySource.size()];
        for (int i = 0; i < bySource.size(); i++) {
            names.add(bySource.get(i).getString(0));
            values[i] = bySource.get(i).getLong(1);
        }
        chart("articles-per-source.csv", ReportCsv.bars("source", "articles", names, values), SvgChart.bars("Articles per source",
                names, values, "articles in the period", "no article in the period names its source"));
    }

    private void section(String title, String note) {
        page.section(title, note);
    }

    private void chart(String csvName, String csv, String svg) throws IOException {
        page.chart(csvName, csv, svg);
    }

    private String csvSeries(String xName, String yName, double[] values) {
        return ReportCsv.series(months, xName, yName, values);
    }
}
