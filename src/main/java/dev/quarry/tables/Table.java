package dev.quarry.tables;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.List;

/**
 * Every table Quarry writes, with its schema: the one definition that the writers, the readers
 * and {@code docs/tables.md} (kept in step by a test) follow.
 */
public enum Table {

    ARTICLES("articles", true, List.of(
            col("article_id", DataTypes.StringType, false, "Stable id: the file name for text input, else the mapped id field, else a hash of the URL, else a hash of file name and record number."),
            col("url", DataTypes.StringType, true, "Article URL, as given."),
            col("source", DataTypes.StringType, true, "Publisher: the mapped source field, else the URL's host without www."),
            col("title", DataTypes.StringType, true, "Headline."),
            col("authors", DataTypes.createArrayType(DataTypes.StringType, true), false, "Author names; empty when unknown."),
            col("published_at", DataTypes.TimestampType, true, "Publication time in UTC; null when the archive gives none."),
            col("language", DataTypes.StringType, true, "Language code as given by the archive, lower case."),
            col("text", DataTypes.StringType, false, "Article text, verbatim as read; all offsets in other tables index this string."),
            col("text_sha256", DataTypes.StringType, false, "SHA-256 of text (hex)."),
            col("source_file", DataTypes.StringType, false, "File the article was read from."),
            col("record_number", DataTypes.LongType, false, "Line (JSON Lines) or record (CSV) number in source_file; 1 for text files."),
            col("ingested_at", DataTypes.TimestampType, false, "When the run that wrote this row started (UTC)."),
            col("run_id", DataTypes.StringType, false, "Id of the run that wrote this row."),
            col("year", DataTypes.IntegerType, false, "Partition: publication year (UTC), 0 when undated."),
            col("month", DataTypes.IntegerType, false, "Partition: publication month 1-12 (UTC), 0 when undated."))),

    QUOTES("quotes", true, List.of(
            col("article_id", DataTypes.StringType, false, "The article the quote is in."),
            col("quote_id", DataTypes.StringType, false, "Stable id derived from article_id, start and end."),
            col("text", DataTypes.StringType, false, "Quote content without quotation marks; pieces of a split or multi-paragraph quote joined by one space."),
            col("start", DataTypes.IntegerType, false, "Start of the content in articles.text (Java String index)."),
            col("end", DataTypes.IntegerType, false, "End of the content in articles.text, exclusive."),
            col("type", DataTypes.StringType, false, "direct, mixed or indirect."),
            col("cue", DataTypes.StringType, true, "Speech-act cue as written (\"said\", \"was quoted as saying\"); null for a floating quote."),
            col("cue_start", DataTypes.IntegerType, true, "Start of the cue in articles.text."),
            col("cue_end", DataTypes.IntegerType, true, "End of the cue in articles.text, exclusive."),
            col("speaker_mention", DataTypes.StringType, true, "Local speaker mention as written (\"he\", \"the minister\", \"Kim Yong-hyun\"); for a floating quote (no cue), the mention of the quote it borrows its speaker from."),
            col("speaker_start", DataTypes.IntegerType, true, "Start of the speaker mention in articles.text."),
            col("speaker_end", DataTypes.IntegerType, true, "End of the speaker mention in articles.text, exclusive."),
            col("speaker", DataTypes.StringType, true, "Resolved speaker name, or null when unresolved."),
            col("speaker_entity_id", DataTypes.StringType, true, "Groups the quotes of one speaker within the article (same resolved name); null when unresolved."),
            col("speaker_type", DataTypes.StringType, true, "PERSON, ORG or OTHER; null when unresolved."),
            col("confidence", DataTypes.DoubleType, false, "0 to 1: how sure the attribution is."),
            col("sentence_index", DataTypes.IntegerType, false, "Index of the sentence where the quote starts."),
            col("published_at", DataTypes.TimestampType, true, "The article's publication time (UTC)."),
            col("source", DataTypes.StringType, true, "The article's source."),
            col("run_id", DataTypes.StringType, false, "Id of the run that wrote this row."),
            col("year", DataTypes.IntegerType, false, "Partition: publication year, 0 when undated."),
            col("month", DataTypes.IntegerType, false, "Partition: publication month, 0 when undated."))),

    REJECTS("rejects", false, List.of(
            col("source_file", DataTypes.StringType, false, "File the record came from."),
            col("record_number", DataTypes.LongType, false, "Line or record number in the file; 0 when the fault concerns the whole file."),
            col("article_id", DataTypes.StringType, true, "The article, for rejects after ingest (duplicates, annotate failures)."),
            col("stage", DataTypes.StringType, false, "ingest or annotate."),
            col("reason", DataTypes.StringType, false, "Reason code: invalid_json, not_an_object, invalid_utf8, no_text, unparseable_date, implausible_date, too_large, malformed_csv, malformed_warc, unreadable_file, duplicate_article_id, duplicate_url, duplicate_text, annotate_failed."),
            col("message", DataTypes.StringType, false, "What went wrong, for a person."),
            col("excerpt", DataTypes.StringType, true, "Start of the offending record, at most 200 characters."),
            col("run_id", DataTypes.StringType, false, "Id of the run that wrote this row."),
            col("rejected_at", DataTypes.TimestampType, false, "When the run started (UTC)."))),

    MANIFEST("manifest", false, List.of(
            col("path", DataTypes.StringType, false, "Input file, as listed (a full URI)."),
            col("size", DataTypes.LongType, false, "Size in bytes when listed."),
            col("modification_time", DataTypes.TimestampType, false, "Modification time when listed (UTC)."),
            col("sha256", DataTypes.StringType, true, "SHA-256 of the file's bytes as stored (before decompression); null for Parquet/ORC input."),
            col("records", DataTypes.LongType, false, "Records read from the file (articles, rejects and skipped)."),
            col("run_id", DataTypes.StringType, false, "The run that ingested the file."),
            col("ingested_at", DataTypes.TimestampType, false, "When that run started (UTC)."))),

    RUNS("runs", false, List.of(
            col("run_id", DataTypes.StringType, false, "Id of the run: start time and a random suffix."),
            col("command", DataTypes.StringType, false, "run, ingest or annotate."),
            col("started_at", DataTypes.TimestampType, false, "Start (UTC)."),
            col("finished_at", DataTypes.TimestampType, false, "End (UTC)."),
            col("config_hash", DataTypes.StringType, false, "Hash of the effective configuration."),
            col("input_path", DataTypes.StringType, false, "input.path."),
            col("input_format", DataTypes.StringType, false, "input.format."),
            col("full_run", DataTypes.BooleanType, false, "Whether every input file was read (--full, or the first run), not only new ones."),
            col("files_read", DataTypes.IntegerType, false, "Input files read by this run."),
            col("files_already_ingested", DataTypes.IntegerType, false, "Input files skipped because the manifest already holds them unchanged."),
            col("records_read", DataTypes.LongType, false, "Records read (= articles + rejected + skipped + duplicates)."),
            col("articles_written", DataTypes.LongType, false, "New articles."),
            col("rejected", DataTypes.LongType, false, "Records rejected on reading."),
            col("skipped", DataTypes.LongType, false, "Records skipped as not articles."),
            col("duplicates", DataTypes.LongType, false, "Records dropped as exact duplicates."),
            col("quotes", DataTypes.LongType, true, "Quotes found in the new articles; null when the command did not annotate."),
            col("rejects_by_reason", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType, true), false, "Rejects of this run by reason code."),
            col("stage_seconds", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, true), false, "Wall time per stage (ingest, annotate, write)."),
            col("code_version", DataTypes.StringType, false, "Quarry's version."),
            col("models_version", DataTypes.StringType, true, "Version of the NLP models; null while only the rule-based base pipeline runs."))),
    ;

    /** Partition value for undated articles: year=0/month=0. */
    public static final int UNDATED = 0;

    private final String tableName;
    private final boolean partitioned;
    private final List<Column> columns;

    Table(String tableName, boolean partitioned, List<Column> columns) {
        this.tableName = tableName;
        this.partitioned = partitioned;
        this.columns = columns;
    }

    private static Column col(String name, DataType type, boolean nullable, String description) {
        return new Column(name, type, nullable, description);
    }

    public String tableName() {
        return tableName;
    }

    public boolean partitioned() {
        return partitioned;
    }

    public List<Column> columns() {
        return columns;
    }

    public StructType schema() {
        StructField[] fields = new StructField[columns.size()];
        for (int i = 0; i < fields.length; i++) {
            Column c = columns.get(i);
            fields[i] = DataTypes.createStructField(c.name(), c.type(), c.nullable());
        }
        return DataTypes.createStructType(fields);
    }

    /** The table's columns, in order, for {@code select}. */
    public org.apache.spark.sql.Column[] sparkColumns() {
        return columns.stream().map(c -> org.apache.spark.sql.functions.col(c.name())).toArray(org.apache.spark.sql.Column[]::new);
    }

    public String[] columnNames() {
        return columns.stream().map(Column::name).toArray(String[]::new);
    }
}
