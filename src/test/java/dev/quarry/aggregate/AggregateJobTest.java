package dev.quarry.aggregate;

import dev.quarry.tables.Table;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The aggregation rules on hand-made quotes and entities. */
class AggregateJobTest {

    private static SparkSession spark;
    private static AggregateJob.Aggregates out;
    private static Dataset<Row> quotesIn;
    private static Dataset<Row> entitiesIn;
    private static Dataset<Row> articlesIn;

    private static final String LONG = "We will not send troops to the border this winter, whatever Moscow says.";

    static Row quote(String id, String article, String text, String day, String source, String speaker, String key) {
        List<Object> v = new ArrayList<>();
        for (var c : Table.QUOTES.columns()) {
            v.add(switch (c.name()) {
                case "article_id" -> article;
                case "quote_id" -> id;
                case "text" -> text;
                case "start", "end", "sentence_index" -> 0;
                case "type" -> "direct";
                case "speaker" -> speaker;
                case "speaker_key" -> key;
                case "confidence" -> 0.9;
                case "published_at" -> day == null ? null : Timestamp.valueOf(day + " 12:00:00");
                case "source" -> source;
                case "run_id" -> "r";
                case "year" -> day == null ? 0 : Integer.parseInt(day.substring(0, 4));
                case "month" -> day == null ? 0 : Integer.parseInt(day.substring(5, 7));
                default -> null;
            });
        }
        return RowFactory.create(v.toArray());
    }

    static Row mention(String article, String key, String type, String name, String day) {
        List<Object> v = new ArrayList<>();
        for (var c : Table.ENTITIES.columns()) {
            v.add(switch (c.name()) {
                case "article_id" -> article;
                case "mention_id" -> article + name + Math.random();
                case "text", "canonical_name" -> name;
                case "type" -> type;
                case "start", "end", "sentence_index" -> 0;
                case "entity_id" -> article + key;
                case "entity_key" -> key;
                case "roles" -> scala.collection.immutable.List$.MODULE$.empty();
                case "published_at" -> Timestamp.valueOf(day + " 12:00:00");
                case "run_id" -> "r";
                case "year" -> Integer.parseInt(day.substring(0, 4));
                case "month" -> Integer.parseInt(day.substring(5, 7));
                default -> null;
            });
        }
        return RowFactory.create(v.toArray());
    }

    @BeforeAll
    static void aggregate() {
        spark = SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        List<Row> quotes = List.of(
                // The full quote, then two crops of it in other outlets (a prefix, and an inner run of words).
                quote("q1", "a1", LONG, "2024-03-02", "alpha.example", "Ana Petrova", "PER:ana petrova"),
                quote("q2", "a2", "\u201CWe will not send troops to the border this winter", "2024-03-01", "beta.example", "Ana Petrova", "PER:ana petrova"),
                quote("q3", "a3", "not send troops to the border this winter, whatever", "2024-03-05", "gamma.example", "Ivan Petrov", "PER:ivan petrov"),
                quote("q4", "a4", "we will not send troops to the border this winter whatever moscow says", "2024-04-01", "alpha.example", null, null),
                // Too short to be matched as a crop: stays on its own.
                quote("q5", "a5", "to the border", "2024-03-03", "beta.example", "Ana Petrova", "PER:ana petrova"),
                // A different quote by the same speaker.
                quote("q6", "a1", "Talks resume on Monday and nobody expects a deal soon.", "2024-03-02", "alpha.example", "Ana Petrova", "PER:ana petrova"));
        List<Row> entities = List.of(
                mention("a1", "PER:ana petrova", "PER", "Ana Petrova", "2024-03-02"),
                mention("a1", "PER:ana petrova", "PER", "Ana Petrova", "2024-03-02"),
                mention("a2", "PER:ana petrova", "PER", "Ana Petrova", "2024-03-01"),
                mention("a3", "LOC:moscow", "LOC", "Moscow", "2024-03-05"));
        quotesIn = spark.createDataFrame(quotes, Table.QUOTES.schema());
        entitiesIn = spark.createDataFrame(entities, Table.ENTITIES.schema());
        List<Row> articles = new ArrayList<>();
        for (String a : List.of("a1", "a2", "a3", "a4")) {
            articles.add(RowFactory.create(a, "https://news.example/" + a));
        }
        articles.add(RowFactory.create("a5", null));
        articlesIn = spark.createDataFrame(articles, new org.apache.spark.sql.types.StructType()
                .add("article_id", "string").add("url", "string"));
        out = AggregateJob.run(quotesIn, entitiesIn, articlesIn, SpeakerAliasTable.none(), "run-1");
    }

    private static Row quotationHolding(String quoteText) {
        String norm = quoteText.toLowerCase().replaceAll("[^\\p{L}\\p{N}\\s]", "").replaceAll("\\s+", " ").strip();
        return out.get(Table.QUOTATIONS).collectAsList().stream()
                .filter(r -> (" " + r.getAs("text") + " ").contains(" " + norm + " ")).findFirst().orElseThrow();
    }

    @Test
    void croppedQuotesGroupWithTheLongestForm() {
        Row q = quotationHolding("send troops to the border");
        assertEquals("we will not send troops to the border this winter whatever moscow says", q.getAs("text"));
        assertEquals(4L, (long) q.getAs("num_occurrences"));
        assertEquals(4L, (long) q.getAs("num_articles"));
        assertEquals(3L, (long) q.getAs("num_sources"));
        assertEquals(LONG, q.getAs("longest_text"));
        assertEquals("a2", q.getAs("first_article_id"), "first seen on 1 March in beta.example");
        assertEquals("beta.example", q.getAs("first_source"));
        assertEquals(List.of("alpha.example", "beta.example", "gamma.example"), q.getList(q.fieldIndex("sources")));
        assertEquals(List.of("https://news.example/a1", "https://news.example/a2", "https://news.example/a3", "https://news.example/a4"),
                q.getList(q.fieldIndex("urls")), "the urls of its four articles");
        Row fragment = out.get(Table.QUOTATIONS).filter("text = 'to the border'").first();
        assertEquals(List.of(), fragment.getList(fragment.fieldIndex("urls")), "a5 has no url");
        assertEquals(3, (int) q.getAs("month"));
        // The short fragment is not merged.
        assertEquals(3, out.get(Table.QUOTATIONS).count(), "the long quote with its crops, the short fragment, the other quote");
    }

    @Test
    void speakerIsChosenByVoteWithShares() {
        Row q = quotationHolding("send troops to the border");
        assertEquals("Ana Petrova", q.getAs("speaker"));
        assertEquals("PER:ana petrova", q.getAs("speaker_key"));
        Map<String, Double> probas = q.getJavaMap(q.fieldIndex("speaker_probas"));
        assertEquals(2.0 / 4, probas.get("PER:ana petrova"), 1e-9, "two of the four occurrences");
        assertEquals(1.0 / 4, probas.get("PER:ivan petrov"), 1e-9);
        assertEquals(1.0 / 4, probas.get(AggregateJob.NO_SPEAKER), 1e-9, "one occurrence has no resolved speaker");
        String anaId = out.get(Table.SPEAKERS).filter("identity_key = 'PER:ana petrova'").first().getAs("speaker_id");
        assertEquals(anaId, (String) q.getAs("speaker_id"));
        Row unattributed = out.get(Table.QUOTATIONS).collectAsList().stream()
                .filter(r -> r.getAs("text").equals("to the border")).findFirst().orElseThrow();
        assertEquals(1L, (long) unattributed.getAs("num_occurrences"));
    }

    @Test
    void speakersAndEntityMentionsPerMonth() {
        Row ana = out.get(Table.SPEAKERS_MONTHLY).filter("speaker_key = 'PER:ana petrova' and month = 3").first();
        assertEquals(4L, (long) ana.getAs("quotes"));
        assertEquals(3L, (long) ana.getAs("quotations"), "the long quote, the fragment and the other quote");
        assertEquals(List.of("alpha.example", "beta.example"), ana.getList(ana.fieldIndex("top_sources")));
        Row mentions = out.get(Table.ENTITY_MENTIONS_MONTHLY).filter("entity_key = 'PER:ana petrova'").first();
        assertEquals(3L, (long) mentions.getAs("mentions"));
        assertEquals(2L, (long) mentions.getAs("articles"));
        assertEquals(2L, (long) mentions.getAs("articles_quoted"), "quoted in a1 and a2");
        Row moscow = out.get(Table.ENTITY_MENTIONS_MONTHLY).filter("entity_key = 'LOC:moscow'").first();
        assertEquals(0L, (long) moscow.getAs("articles_quoted"));
        assertNull(out.get(Table.SPEAKERS_MONTHLY).filter("speaker_key is null").collectAsList().stream().findFirst().orElse(null));
    }

    @Test
    void aRerunGivesTheSameRows() {
        // Shuffled input, same rows out.
        AggregateJob.Aggregates again = AggregateJob.run(quotesIn.orderBy(org.apache.spark.sql.functions.rand(3)).repartition(3),
                entitiesIn.orderBy(org.apache.spark.sql.functions.rand(5)).repartition(2), articlesIn.repartition(2),
                SpeakerAliasTable.none(), "run-1");
        for (Table t : List.of(Table.QUOTATIONS, Table.SPEAKERS, Table.SPEAKERS_MONTHLY, Table.ENTITY_MENTIONS_MONTHLY)) {
            List<String> a = out.get(t).collectAsList().stream().map(Row::toString).sorted().toList();
            List<String> b = again.get(t).collectAsList().stream().map(Row::toString).sorted().toList();
            assertTrue(!a.isEmpty());
            assertEquals(a, b, t.tableName());
        }
    }
}
