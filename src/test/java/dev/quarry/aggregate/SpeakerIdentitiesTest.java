package dev.quarry.aggregate;

import dev.quarry.tables.Table;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Name variants across articles become one speaker; homonyms and groups stay apart. */
class SpeakerIdentitiesTest {

    private static SparkSession spark;
    private static Dataset<Row> quotes;
    private static AggregateJob.Aggregates out;
    private static Map<String, String> identityOf;
    private static int next;

    /** {@code n} quotes, one article each, by a speaker written {@code name} with key {@code key}. */
    private static List<Row> quotes(int n, String name, String key, String type) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = next++;
            List<Object> v = new ArrayList<>();
            for (var c : Table.QUOTES.columns()) {
                v.add(switch (c.name()) {
                    case "article_id" -> "a" + k;
                    case "quote_id" -> "q" + k;
                    case "text" -> "Quote number " + k + " about the budget and the farm bill.";
                    case "start", "end", "sentence_index" -> 0;
                    case "type" -> "indirect";
                    case "speaker" -> name;
                    case "speaker_key" -> key;
                    case "speaker_type" -> type;
                    case "confidence" -> 0.9;
                    case "published_at" -> Timestamp.valueOf("1987-03-0" + (1 + k % 9) + " 12:00:00");
                    case "source" -> "reuters";
                    case "run_id" -> "r";
                    case "year" -> 1987;
                    case "month" -> 3;
                    default -> null;
                });
            }
            rows.add(RowFactory.create(v.toArray()));
        }
        return rows;
    }

    @BeforeAll
    static void aggregate() {
        spark = SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        List<Row> rows = new ArrayList<>();
        rows.addAll(quotes(20, "Ronald Reagan", "PER:ronald reagan", "PERSON"));
        rows.addAll(quotes(2, "Ronald W. Reagan", "PER:ronald w reagan", "PERSON"));
        rows.addAll(quotes(30, "Reagan", "PER:reagan", "PERSON"));
        rows.addAll(quotes(1, "Nancy Reagan", "PER:nancy reagan", "PERSON"));
        rows.addAll(quotes(5, "John Smith", "PER:john smith", "PERSON"));
        rows.addAll(quotes(5, "Jane Smith", "PER:jane smith", "PERSON"));
        rows.addAll(quotes(3, "Smith", "PER:smith", "PERSON"));
        rows.addAll(quotes(4, "Clayton Yeutter", "PER:clayton yeutter", "PERSON"));
        rows.addAll(quotes(2, "Clayton Yeutter", "MISC:clayton yeutter", "OTHER"));
        rows.addAll(quotes(6, "analysts", "GROUP:analysts", "GROUP"));
        rows.addAll(quotes(1, null, null, null));
        quotes = spark.createDataFrame(rows, Table.QUOTES.schema());
        Dataset<Row> entities = spark.createDataFrame(List.of(), Table.ENTITIES.schema());
        Dataset<Row> articles = spark.createDataFrame(List.of(), Table.ARTICLES.schema());
        out = AggregateJob.run(quotes, entities, articles, SpeakerAliasTable.none(), "run-1");
        identityOf = SpeakerIdentities.of(quotes).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("speaker_key"), r -> r.getAs("identity_key")));
    }

    @AfterAll
    static void release() {
        out.release();
    }

    @Test
    void variantsOfOneNameAreOneIdentity() {
        assertEquals("PER:ronald reagan", identityOf.get("PER:ronald w reagan"), "middle initial dropped");
        assertEquals("PER:ronald reagan", identityOf.get("PER:reagan"), "the surname goes to the person who dominates it");
        assertEquals("PER:clayton yeutter", identityOf.get("MISC:clayton yeutter"), "a person NER typed MISC once");
    }

    @Test
    void homonymsAndGroupsStayApart() {
        assertEquals("PER:nancy reagan", identityOf.get("PER:nancy reagan"));
        assertEquals("PER:smith", identityOf.get("PER:smith"), "no Smith has 80% of the Smiths' quotes");
        assertEquals("GROUP:analysts", identityOf.get("GROUP:analysts"));
    }

    @Test
    void theSpeakersTableHasOneRowPerIdentityWithItsAliases() {
        Row reagan = out.get(Table.SPEAKERS).filter("identity_key = 'PER:ronald reagan'").first();
        assertEquals("Ronald Reagan", reagan.getAs("speaker"), "the most quoted full name");
        assertEquals(52L, (long) reagan.getAs("quotes"));
        List<Row> aliases = reagan.getList(reagan.fieldIndex("aliases"));
        assertEquals("Reagan", aliases.get(0).getAs("name"), "most quoted first");
        assertEquals(30L, (long) aliases.get(0).getAs("quotes"));
        assertEquals(3, aliases.size());
        assertEquals("PERSON", reagan.getAs("speaker_type"));
        assertEquals(7, out.get(Table.SPEAKERS).count(), "Reagan, Nancy Reagan, John, Jane and bare Smith, Yeutter, analysts");
    }

    @Test
    void quotesCarryTheirSpeakerIdAndQuotationId() {
        List<Row> linked = out.linkedQuotes(quotes).collectAsList();
        Row reagan = out.get(Table.SPEAKERS).filter("identity_key = 'PER:ronald reagan'").first();
        Map<String, Row> byId = linked.stream().collect(Collectors.toMap(r -> r.getAs("quote_id"), r -> r));
        String bare = quotes.filter("speaker_key = 'PER:reagan'").first().getAs("quote_id");
        String reaganId = reagan.getAs("speaker_id");
        assertEquals(reaganId, (String) byId.get(bare).getAs("speaker_id"));
        assertNotNull(byId.get(bare).getAs("quotation_id"));
        String nancy = quotes.filter("speaker_key = 'PER:nancy reagan'").first().getAs("quote_id");
        assertNotEquals(reaganId, (String) byId.get(nancy).getAs("speaker_id"));
        assertEquals(quotes.count(), linked.size(), "no quote lost or doubled by the joins");
    }
}
