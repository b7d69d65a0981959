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
            col("start", DataTypes.IntegerType, false, "Start of the content in articles.text (Java String index), as the attribution corpora (PARC 3.0, PolNeAR) bound it: a quoted piece with its opening quotation mark."),
            col("end", DataTypes.IntegerType, false, "End of the content in articles.text, exclusive: a quoted piece with its closing mark and the punctuation inside it (`\u201CWe won,\u201D`), reported speech without the period or comma that closes it."),
            // Nested fields nullable: Parquet gives them back so whatever was written.
            col("pieces", DataTypes.createArrayType(new org.apache.spark.sql.types.StructType()
                    .add("start", DataTypes.IntegerType, true).add("end", DataTypes.IntegerType, true), true), true,
                    "The content's pieces in articles.text, in text order, bounded as start and end are: several when an attribution splits the quote or it runs over paragraphs, else one (start, end). Null in rows written before the column existed."),
            col("type", DataTypes.StringType, false, "direct, mixed or indirect."),
            col("cue", DataTypes.StringType, true, "Speech-act cue as written (\"said\", \"was quoted as saying\", \"said:\" with the colon that follows it); null for a floating quote."),
            col("cue_start", DataTypes.IntegerType, true, "Start of the cue in articles.text."),
            col("cue_end", DataTypes.IntegerType, true, "End of the cue in articles.text, exclusive."),
            col("speaker_mention", DataTypes.StringType, true, "Local speaker mention as written (\"he\", \"the minister\", \"Kim Yong-hyun\"; after its cue, with its apposition: \"Kim Yong-hyun, a port official\"); for a floating quote (no cue), the mention of the quote it borrows its speaker from."),
            col("speaker_start", DataTypes.IntegerType, true, "Start of the speaker mention in articles.text."),
            col("speaker_end", DataTypes.IntegerType, true, "End of the speaker mention in articles.text, exclusive."),
            col("speaker", DataTypes.StringType, true, "Resolved speaker: the entity's canonical name when linked to an entity, else the name the resolver found; null when unresolved."),
            col("speaker_entity_id", DataTypes.StringType, true, "The speaker's entities.entity_id when the speaker is one of the article's NER entities, else an id per resolved name within the article; null when unresolved."),
            col("speaker_type", DataTypes.StringType, true, "PERSON, ORG, GROUP (a generic group: \"officials\", \"analysts\") or OTHER; null when unresolved."),
            col("speaker_key", DataTypes.StringType, true, "The speaker's entity_key (\"PER:kim yong hyun\"), as in entities: the name as this article wrote it; null when unresolved."),
            col("speaker_id", DataTypes.StringType, true, "The speaker's identity across the archive (speakers.speaker_id): name variants of one person share it; null when unresolved."),
            col("confidence", DataTypes.DoubleType, false, "0 to 1: how sure the attribution is."),
            col("rule", DataTypes.StringType, true, "The rule that found the quote (docs/quotes.md lists them), e.g. speaker-then-cue or opening-cue; floating-quote or colon-introduction for a direct quote no rule attributed. Null in rows written before the column existed."),
            col("quotation_id", DataTypes.StringType, true, "The quotation this quote was grouped into (quotations.quotation_id); null for a quote with no letters or digits."),
            col("sentence_index", DataTypes.IntegerType, false, "Index of the sentence where the quote starts."),
            col("published_at", DataTypes.TimestampType, true, "The article's publication time (UTC)."),
            col("source", DataTypes.StringType, true, "The article's source."),
            col("run_id", DataTypes.StringType, false, "Id of the run that wrote this row."),
            col("year", DataTypes.IntegerType, false, "Partition: publication year, 0 when undated."),
            col("month", DataTypes.IntegerType, false, "Partition: publication month, 0 when undated."))),

    ENTITIES("entities", true, List.of(
            col("article_id", DataTypes.StringType, false, "The article the mention is in."),
            col("mention_id", DataTypes.StringType, false, "Stable id derived from article_id, start and end."),
            col("text", DataTypes.StringType, false, "The mention as written."),
            col("type", DataTypes.StringType, false, "PER, ORG, LOC or MISC: the entity's type (the majority of its mentions' NER types)."),
            col("start", DataTypes.IntegerType, false, "Start of the mention in articles.text."),
            col("end", DataTypes.IntegerType, false, "End of the mention in articles.text, exclusive."),
            col("sentence_index", DataTypes.IntegerType, false, "Index of the sentence holding the mention (as in quotes.sentence_index)."),
            col("entity_id", DataTypes.StringType, false, "Groups the mentions of one entity within the article (\"Kim Yong-hyun\", \"Kim\", \"Mr Kim\")."),
            col("canonical_name", DataTypes.StringType, false, "The entity's fullest name in the article, without titles or a possessive."),
            col("entity_key", DataTypes.StringType, false, "Type and folded canonical name (\"PER:kim yong hyun\"): groups one entity across articles."),
            col("roles", DataTypes.createArrayType(DataTypes.StringType, true), false, "Titles and roles the entity carries in the article (\"Defence Minister\"); empty when none."),
            col("published_at", DataTypes.TimestampType, true, "The article's publication time (UTC)."),
            col("source", DataTypes.StringType, true, "The article's source."),
            col("run_id", DataTypes.StringType, false, "Id of the run that wrote this row."),
            col("year", DataTypes.IntegerType, false, "Partition: publication year, 0 when undated."),
            col("month", DataTypes.IntegerType, false, "Partition: publication month, 0 when undated."))),

    QUOTATIONS("quotations", true, List.of(
            col("quotation_id", DataTypes.StringType, false, "Stable id: a hash of text."),
            col("text", DataTypes.StringType, false, "The quotation normalised: lower case, punctuation and quotation marks removed, spaces collapsed. A quote that is a crop of a longer one (a prefix, or any run of whole words inside it) counts as that longer quotation."),
            col("longest_text", DataTypes.StringType, false, "The longest form seen, as written in quotes.text."),
            col("num_occurrences", DataTypes.LongType, false, "Quotes (rows of quotes) grouped into this quotation."),
            col("num_articles", DataTypes.LongType, false, "Distinct articles it occurs in."),
            col("num_sources", DataTypes.LongType, false, "Distinct sources (outlets) it occurs in."),
            col("first_seen", DataTypes.TimestampType, true, "Earliest publication time among its articles (UTC); null when all are undated."),
            col("first_article_id", DataTypes.StringType, false, "The article it was first seen in (earliest dated; ties and undated by article_id)."),
            col("first_source", DataTypes.StringType, true, "The source of that article."),
            col("last_seen", DataTypes.TimestampType, true, "Latest publication time among its articles (UTC)."),
            col("sources", DataTypes.createArrayType(DataTypes.StringType, true), false, "Distinct sources, sorted."),
            col("article_ids", DataTypes.createArrayType(DataTypes.StringType, true), false, "Distinct articles, sorted."),
            col("urls", DataTypes.createArrayType(DataTypes.StringType, true), false, "Distinct urls of those articles (articles.url), sorted; articles without a url add none."),
            col("speaker", DataTypes.StringType, true, "The speaker chosen by vote over the occurrences (most votes; ties by key); null when no occurrence has a resolved speaker."),
            col("speaker_key", DataTypes.StringType, true, "That speaker's identity key (speakers.identity_key)."),
            col("speaker_id", DataTypes.StringType, true, "That speaker's speakers.speaker_id."),
            col("speaker_probas", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType, true), false, "identity key -> share of all the occurrences that name that speaker, and \"None\" -> share of the occurrences with no resolved speaker; the shares sum to 1."),
            col("run_id", DataTypes.StringType, false, "Id of the run that wrote this row."),
            col("year", DataTypes.IntegerType, false, "Partition: year of first_seen, 0 when undated."),
            col("month", DataTypes.IntegerType, false, "Partition: month of first_seen, 0 when undated."))),

    SPEAKERS("speakers", false, List.of(
            col("speaker_id", DataTypes.StringType, false, "The speaker's identity across the archive: a hash of identity_key."),
            col("speaker", DataTypes.StringType, false, "Canonical name: the most quoted of the full names (two words or more) it was given, else its most quoted name."),
            col("speaker_type", DataTypes.StringType, true, "PERSON, ORG, GROUP or OTHER: the type most of its quotes gave it."),
            col("identity_key", DataTypes.StringType, false, "Type and folded name of the identity (\"PER:ronald reagan\"); the speaker_key of every name variant that joined it maps here."),
            col("aliases", DataTypes.createArrayType(DataTypes.createStructType(List.of(
                    DataTypes.createStructField("name", DataTypes.StringType, true),
                    DataTypes.createStructField("quotes", DataTypes.LongType, true))), true), false,
                    "Every name the speaker was given (quotes.speaker) with its number of quotes, most first."),
            col("roles", DataTypes.createArrayType(DataTypes.StringType, true), false, "Titles and roles the articles gave the speaker (entities.roles of its mentions, \"Treasury Secretary\"), sorted, at most 20."),
            col("quotes", DataTypes.LongType, false, "Quotes attributed to the speaker."),
            col("quotations", DataTypes.LongType, false, "Distinct quotations among them."),
            col("articles", DataTypes.LongType, false, "Distinct articles quoting the speaker."),
            col("sources", DataTypes.LongType, false, "Distinct sources quoting the speaker."),
            col("first_seen", DataTypes.TimestampType, true, "Publication time of the first quote (UTC); null when all are undated."),
            col("last_seen", DataTypes.TimestampType, true, "Publication time of the last quote (UTC)."),
            col("speaker_qid", DataTypes.StringType, true, "External id (e.g. a Wikidata QID) from speakers.aliases-file, when exactly one of its entries matches the speaker's name; null when none does, when several do, or when no file is configured."),
            col("speaker_qid_candidates", DataTypes.createArrayType(DataTypes.StringType, true), false, "The ids of the entries that matched when several did (ambiguous: none is chosen), sorted, at most 20; empty otherwise."),
            col("run_id", DataTypes.StringType, false, "Id of the run that wrote this row."))),

    SPEAKERS_MONTHLY("speakers_monthly", true, List.of(
            col("speaker_id", DataTypes.StringType, false, "The speaker's speakers.speaker_id."),
            col("speaker_key", DataTypes.StringType, false, "The speaker's identity key (speakers.identity_key)."),
            col("speaker", DataTypes.StringType, false, "The name most often given to the speaker in the month (ties by name)."),
            col("quotes", DataTypes.LongType, false, "Quotes attributed to the speaker in the month."),
            col("quotations", DataTypes.LongType, false, "Distinct quotations among them (see quotations)."),
            col("articles", DataTypes.LongType, false, "Distinct articles quoting the speaker in the month."),
            col("top_sources", DataTypes.createArrayType(DataTypes.StringType, true), false, "Up to five sources quoting the speaker most in the month, most first (ties by name)."),
            col("first_quote_at", DataTypes.TimestampType, true, "Publication time of the month's first quote (UTC); null for the undated partition."),
            col("last_quote_at", DataTypes.TimestampType, true, "Publication time of the month's last quote (UTC)."),
            col("run_id", DataTypes.StringType, false, "Id of the run that wrote this row."),
            col("year", DataTypes.IntegerType, false, "Partition: year, 0 for undated articles."),
            col("month", DataTypes.IntegerType, false, "Partition: month, 0 for undated articles."))),

    ENTITY_MENTIONS_MONTHLY("entity_mentions_monthly", true, List.of(
            col("entity_key", DataTypes.StringType, false, "The entity's entity_key (entities.entity_key)."),
            col("type", DataTypes.StringType, false, "PER, ORG, LOC or MISC."),
            col("name", DataTypes.StringType, false, "The canonical name most often given for that key in the month (ties by name)."),
            col("mentions", DataTypes.LongType, false, "Mentions in the month."),
            col("articles", DataTypes.LongType, false, "Distinct articles mentioning the entity in the month."),
            col("articles_quoted", DataTypes.LongType, false, "Of those, articles in which the entity is also a quoted speaker (quotes.speaker_key = entity_key)."),
            col("names", DataTypes.createArrayType(DataTypes.createStructType(List.of(
                    DataTypes.createStructField("name", DataTypes.StringType, true),
                    DataTypes.createStructField("mentions", DataTypes.LongType, true))), true), false,
                    "Every canonical name given for the key in the month with its mentions, most first (ties by name); name is the first."),
            col("run_id", DataTypes.StringType, false, "Id of the run that last changed this row."),
            col("year", DataTypes.IntegerType, false, "Partition: year, 0 for undated articles."),
            col("month", DataTypes.IntegerType, false, "Partition: month, 0 for undated articles."))),

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
            col("models_version", DataTypes.StringType, true, "Version of the NLP models: a hash of the models folder's training-report.json (\"+custom\" when a stage comes from elsewhere); null when annotate ran without models or the command did not annotate."))),
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
