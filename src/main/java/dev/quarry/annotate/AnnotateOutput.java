package dev.quarry.annotate;

import dev.quarry.entities.EntityMention;
import dev.quarry.entities.Mention;
import dev.quarry.quotes.Quote;
import dev.quarry.tables.Column;
import dev.quarry.tables.Table;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rows annotate's per-article stage emits before they are split by kind: quotes, entity mentions,
 * failures (for rejects) and piece counts. One schema serves every kind: the columns of
 * {@link Table#QUOTES} and {@link Table#ENTITIES} (as declared there, once) and a few of annotate's own.
 * Every row is filled by column name, here and nowhere else.
 */
final class AnnotateOutput {

    static final String QUOTE = "quote";
    static final String ENTITY = "entity";
    static final String FAILURE = "failure";
    /** One row per piece of an article annotated in pieces, with its sentence count, to number sentences across pieces. */
    static final String PIECE = "piece";

    /** Columns every kind of row fills. */
    private static final Set<String> ALWAYS_SET = Set.of("kind", "article_id", "year", "month", "piece");

    static final StructType SCHEMA = schema();

    private AnnotateOutput() {
    }

    private static StructType schema() {
        StructType schema = new StructType().add("kind", DataTypes.StringType, false);
        Set<String> seen = new HashSet<>(Set.of("kind", "run_id"));
        for (Table table : List.of(Table.QUOTES, Table.ENTITIES)) {
            for (Column c : table.columns()) {
                if (seen.add(c.name())) {
                    schema = schema.add(c.name(), c.type(), !ALWAYS_SET.contains(c.name()));
                }
            }
        }
        return schema.add("source_file", DataTypes.StringType, true)
                .add("record_number", DataTypes.LongType, true)
                .add("message", DataTypes.StringType, true)
                .add("piece", DataTypes.IntegerType, false)
                .add("piece_sentences", DataTypes.IntegerType, true);
    }

    /** The article fields every row of one article (piece) carries. */
    record ArticleFields(String articleId, Timestamp publishedAt, String source, int year, int month, int piece) {
    }

    /** A quote found in a piece that starts at {@code offset} in its article. */
    static Row quote(ArticleFields a, Quote q, String speakerKey, int offset) {
        return row(QUOTE, a)
                .set("quote_id", q.quoteId())
                .set("text", q.text())
                .set("start", q.start() + offset)
                .set("end", q.end() + offset)
                .set("pieces", pieces(q, offset))
                .set("type", q.type().code())
                .set("cue", q.cue())
                .set("cue_start", shift(q.cueStart(), offset))
                .set("cue_end", shift(q.cueEnd(), offset))
                .set("speaker_mention", q.speakerMention())
                .set("speaker_start", shift(q.speakerStart(), offset))
                .set("speaker_end", shift(q.speakerEnd(), offset))
                .set("speaker", q.speaker())
                .set("speaker_entity_id", q.speakerEntityId())
                .set("speaker_type", q.speakerType() == null ? null : q.speakerType().name())
                .set("speaker_key", speakerKey)
                .set("confidence", q.confidence())
                .set("rule", q.rule())
                .set("sentence_index", q.sentenceIndex())
                .build();
    }

    static Row entity(ArticleFields a, EntityMention e, int offset) {
        Mention m = e.mention();
        return row(ENTITY, a)
                .set("mention_id", e.mentionId())
                .set("text", m.text())
                .set("type", e.type())
                .set("start", m.start() + offset)
                .set("end", m.end() + offset)
                .set("sentence_index", m.sentenceIndex())
                .set("entity_id", e.entityId())
                .set("canonical_name", e.canonicalName())
                .set("entity_key", e.entityKey())
                .set("roles", scala.collection.JavaConverters.asScalaBuffer(e.roles()).toList())
                .build();
    }

    static Row piece(ArticleFields a, int sentences) {
        return row(PIECE, a).set("piece_sentences", sentences).build();
    }

    static Row failure(ArticleFields a, String sourceFile, Long recordNumber, String message) {
        return row(FAILURE, a).set("source_file", sourceFile).set("record_number", recordNumber).set("message", message).build();
    }

    private static RowBuilder row(String kind, ArticleFields a) {
        return new RowBuilder().set("kind", kind).set("article_id", a.articleId()).set("published_at", a.publishedAt())
                .set("source", a.source()).set("year", a.year()).set("month", a.month()).set("piece", a.piece());
    }

    private static scala.collection.immutable.List<Row> pieces(Quote q, int offset) {
        List<Row> out = new java.util.ArrayList<>(q.pieces().size());
        for (dev.quarry.text.Span p : q.pieces()) {
            out.add(RowFactory.create(p.begin() + offset, p.end() + offset));
        }
        return scala.collection.JavaConverters.asScalaBuffer(out).toList();
    }

    private static Integer shift(Integer offset, int by) {
        return offset == null ? null : offset + by;
    }

    /** Values set by column name; the others stay null. */
    private static final class RowBuilder {
        private final Object[] values = new Object[SCHEMA.size()];

        RowBuilder set(String column, Object value) {
            values[SCHEMA.fieldIndex(column)] = value;
            return this;
        }

        Row build() {
            return RowFactory.create(values);
        }
    }
}
