package dev.quarry.ingest;

import dev.quarry.session.Progress;
import dev.quarry.config.QuarryConfig;
import dev.quarry.config.InputFormat;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.year;

/**
 * Ingest: input files to the {@code articles} and {@code rejects} frames. Each file is read whole
 * by one task through the format's {@link ArticleReader}; {@code .gz} and {@code .bz2} are
 * decompressed on the way. Of several records with the same article_id, the first by
 * (source_file, record_number) is kept and the others are rejected as duplicate_article_id.
 */
public final class IngestJob {

    /** What ingest produced: frames in the tables' shapes, and the counts for the summary. */
    /**
     * @param articles the new articles of this run (for a full run, all of them)
     * @param manifest one row per file read in this run
     * @param replaced ids of the articles in {@code articles} that replace an article of the same id
     *                 and another text already in the archive (ingest.on-changed-article = replace)
     */
    public record Result(Dataset<Row> articles, Dataset<Row> rejects, Dataset<Row> manifest, Accounting accounting,
                         Map<String, Long> rejectsByReason, Map<String, Long> skippedByReason,
                         Map<String, Long> keptUndatedByReason, int filesRead,
                         int filesAlreadyIngested, List<String> filesIgnored, List<Dataset<Row>> cached, List<String> replaced) {
        public long articleCount() {
            return accounting.articles();
        }

        /** Articles that are new to the archive (the others replace an earlier version). */
        public long newArticleCount() {
            return accounting.articles() - replaced.size();
        }

        /** Frees what ingest cached (the records read, the deduplicated articles) once the tables are written. */
        public void release() {
            cached.forEach(Dataset::unpersist);
        }

    }

    /** Every record read is an article written, a reject, a skip or a duplicate: nothing is lost. */
    public record Accounting(long recordsRead, long articles, long rejected, long skipped, long duplicates) {
        public boolean balances() {
            return recordsRead == articles + rejected + skipped + duplicates;
        }

        @Override
        public String toString() {
            return String.format("records read %d = %d articles + %d rejected + %d skipped + %d duplicates%s",
                    recordsRead, articles, rejected, skipped, duplicates, balances() ? "" : "  <-- DOES NOT ADD UP");
        }
    }

    /** Reader output before it is split: one row per record, articles and rejects together, and one per file with its checksum. */
    private static final StructType READ_SCHEMA = new StructType()
            .add("kind", DataTypes.StringType, false)
            .add("article_id", DataTypes.StringType, true)
            .add("url", DataTypes.StringType, true)
            .add("source", DataTypes.StringType, true)
            .add("title", DataTypes.StringType, true)
            .add("authors", DataTypes.createArrayType(DataTypes.StringType, true), true)
            .add("published_at", DataTypes.TimestampType, true)
            .add("language", DataTypes.StringType, true)
            .add("text", DataTypes.StringType, true)
            .add("source_file", DataTypes.StringType, false)
            .add("record_number", DataTypes.LongType, false)
            .add("reason", DataTypes.StringType, true)
            .add("message", DataTypes.StringType, true)
            .add("excerpt", DataTypes.StringType, true)
            .add("checksum", DataTypes.StringType, true);

    private IngestJob() {
    }

    /**
     * @param previousArticles the articles already in the table, or null for a full run; new records that
     *                         duplicate one of them are counted as duplicates, and they are kept
     * @param previousManifest the files already ingested, or null for a full run; a file whose path, size
     *                         and modification time are unchanged is not read again
     */
    public static Result run(SparkSession spark, QuarryConfig config, String runId, Instant runStart, Progress progress,
                             Dataset<Row> previousArticles, Dataset<Row> previousManifest) {
        progress.start("ingest", "listing " + config.input().path() + " (" + config.input().format().code() + ")");
        InputFiles.Listing listing;
        try {
            listing = InputFiles.list(config.input().path(), config.input().format(), spark.sparkContext().hadoopConfiguration());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!listing.ignored().isEmpty()) {
            progress.info("ingest: skipping " + listing.ignored().size() + " file(s) that are not "
                    + config.input().format().extensions() + ", e.g. " + listing.ignored().get(0));
        }
        List<InputFiles.InputFile> toRead = new ArrayList<>(listing.accepted());
        int alreadyIngested = 0;
        if (previousManifest != null) {
            java.util.Set<String> known = new java.util.HashSet<>();
            for (Row r : previousManifest.select("path", "size", "modification_time").collectAsList()) {
                known.add(r.getString(0) + "|" + r.getLong(1) + "|" + r.getTimestamp(2).getTime());
            }
            toRead.removeIf(f -> known.contains(f.path() + "|" + f.size() + "|" + f.modificationTime()));
            alreadyIngested = listing.accepted().size() - toRead.size();
            progress.info("ingest: " + toRead.size() + " new or changed file(s), " + alreadyIngested + " already ingested");
        }
        List<Row> commaRejects = new ArrayList<>();
        List<InputFiles.InputFile> readable = new ArrayList<>();
        for (InputFiles.InputFile file : toRead) {
            // Spark's binaryFiles takes a comma-separated list, so a comma inside a path cannot be passed.
            if (file.path().contains(",")) {
                commaRejects.add(rejectRow(Reject.of(file.path(), 0, RejectReason.UNREADABLE_FILE,
                        "file path contains a comma, which Spark's file listing cannot take; rename the file", null)));
            } else {
                readable.add(file);
            }
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        ArticleReaders readers = new ArticleReaders(config.input().format(), config.ingest(), runStart);
        JavaRDD<Row> rows = jsc.parallelize(commaRejects, 1);
        List<String> streams = new ArrayList<>();
        List<String> splitJsonLines = new ArrayList<>();
        Map<InputFormat, List<String>> tables = new LinkedHashMap<>();
        for (InputFiles.InputFile file : readable) {
            String f = file.path();
            InputFormat format = config.input().format() == InputFormat.AUTO ? InputFormat.forFile(f) : config.input().format();
            if (format != null && format.isTable()) {
                tables.computeIfAbsent(format, k -> new ArrayList<>()).add(f);
            } else if (format == InputFormat.JSONL && file.size() > config.ingest().jsonlSplitBytes()
                    && !f.endsWith(".gz") && !f.endsWith(".bz2")) {
                splitJsonLines.add(f);
            } else {
                streams.add(f);
            }
        }
        if (!splitJsonLines.isEmpty()) {
            // Big JSON Lines files are read in splits by Hadoop's line reader, so one file is many tasks.
            Configuration splitConf = new Configuration(spark.sparkContext().hadoopConfiguration());
            splitConf.setLong("mapreduce.input.fileinputformat.split.maxsize", config.ingest().jsonlSplitBytes());
            // Captured in the task closure (Java serialisation), not broadcast: Kryo cannot serialise records.
            rows = rows.union(jsc.newAPIHadoopFile(String.join(",", splitJsonLines),
                            org.apache.hadoop.mapreduce.lib.input.TextInputFormat.class, org.apache.hadoop.io.LongWritable.class,
                            org.apache.hadoop.io.Text.class, splitConf)
                    .mapPartitions(lines -> splitLines(readers, lines)));
        }
        if (!streams.isEmpty()) {
            int partitions = Math.max(1, Math.min(streams.size(), jsc.defaultParallelism() * 2));
            rows = rows.union(jsc.binaryFiles(String.join(",", streams), partitions)
                    .flatMap(file -> readFile(readers.forFile(file._1()), file._1(), file._2())));
        }
        TableRowReader tableReader = new TableRowReader(config.ingest().tableColumns(), config.ingest().maxArticleChars(), runStart,
                config.ingest().dates());
        List<Row> unreadableTables = new ArrayList<>();
        for (Map.Entry<InputFormat, List<String>> t : tables.entrySet()) {
            // A truncated or corrupt table file must not stop the run: each footer is read first, and a
            // file whose footer cannot be read becomes a reject.
            List<String> good = new ArrayList<>();
            for (String f : t.getValue()) {
                try {
                    spark.read().format(t.getKey().code()).load(f).schema();
                    good.add(f);
                } catch (Exception e) { // SparkException is checked in Java's eyes, but Scala throws it anyway
                    unreadableTables.add(rejectRow(Reject.of(f, 0, RejectReason.UNREADABLE_FILE,
                            "cannot read this " + t.getKey().code() + " file: " + e.getMessage(), null)));
                }
            }
            if (good.isEmpty()) {
                continue;
            }
            // Parquet and ORC are read by Spark; the record number is the row's position id in the table.
            Dataset<Row> table = spark.read().format(t.getKey().code()).load(good.toArray(new String[0]))
                    .withColumn("_quarry_file", org.apache.spark.sql.functions.input_file_name())
                    .withColumn("_quarry_row", org.apache.spark.sql.functions.monotonically_increasing_id());
            rows = rows.union(table.javaRDD().map(r -> toRow(tableReader.read(r.getAs("_quarry_file"), r.<Long>getAs("_quarry_row") + 1, r))));
        }
        if (!unreadableTables.isEmpty()) {
            rows = rows.union(jsc.parallelize(unreadableTables, 1));
        }
        Dataset<Row> all = spark.createDataFrame(rows, READ_SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> read = all.filter(col("kind").notEqual("file"));

        // Duplicates: the same article_id, then the same URL, then the same text. Each time the first copy
        // is kept: rows already in the table first, then by (source_file, record_number), so the winner
        // does not depend on task order or on which run saw the record first.
        Dataset<Row> candidates = read.filter(col("kind").equalTo("article"))
                .withColumn("text_sha256", sha2(col("text"), 256))
                .withColumn("_prior", lit(1));
        if (previousArticles != null) {
            candidates = candidates.unionByName(previousArticles.select("article_id", "url", "text_sha256", "source_file", "record_number")
                    .withColumn("_prior", lit(0)), true);
        }
        boolean replaceChanged = config.ingest().replaceChangedArticles();
        if (replaceChanged) {
            // A correction: the newest copy of an id (the table's row first, then by file and line) has a
            // text of its own. The first copy with that text is kept, so that an old version loses to it.
            candidates = candidates.withColumn("_newest_sha", org.apache.spark.sql.functions.last("text_sha256").over(
                    Window.partitionBy("article_id").orderBy(col("_prior"), col("source_file"), col("record_number"))
                            .rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing())));
        }
        Dataset<Row> dupById = firstCopies(candidates, col("article_id"), false, replaceChanged
                ? col("text_sha256").equalTo(col("_newest_sha")).desc() : lit(0).asc()).drop("_newest_sha");
        // Rows of the table that lost to a newer text: the articles this run replaces.
        Dataset<Row> changed = dupById.filter(col("_prior").equalTo(0).and(col("copy").gt(1))).select(col("article_id").as("c_id"));
        Dataset<Row> dupByUrl = firstCopies(dupById.filter(col("copy").equalTo(1)).drop("copy"), col("url"), true);
        Dataset<Row> dupByText = firstCopies(dupByUrl.filter(col("copy").equalTo(1)).drop("copy"), col("text_sha256"), false);
        Timestamp ingestedAt = Timestamp.from(runStart);
        Dataset<Row> kept = dupByText.filter(col("copy").equalTo(1).and(col("_prior").equalTo(1))).drop("copy", "_prior");
        if (config.ingest().detectLanguage()) {
            spark.udf().register("quarry_language", (org.apache.spark.sql.api.java.UDF1<String, String>) LanguageIdentifier::identify,
                    DataTypes.StringType);
            kept = kept.withColumn("language", coalesce(col("language"), org.apache.spark.sql.functions.callUDF("quarry_language", col("text"))));
        }
        Dataset<Row> articles = kept
                .withColumn("ingested_at", lit(ingestedAt))
                .withColumn("run_id", lit(runId))
                .withColumn("year", coalesce(year(col("published_at")), lit(0)))
                .withColumn("month", coalesce(month(col("published_at")), lit(0)))
                // Annotate, the articles table and the accounting all read it: deduplicate once.
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> duplicates = duplicateRejects(dupById, RejectReason.DUPLICATE_ARTICLE_ID, "article_id")
                .unionByName(duplicateRejects(dupByUrl, RejectReason.DUPLICATE_URL, "url"))
                .unionByName(duplicateRejects(dupByText, RejectReason.DUPLICATE_TEXT, "text_sha256"));
        Dataset<Row> readRejects = read.filter(col("kind").equalTo("reject")).withColumn("article_id", lit(null).cast("string"));
        Dataset<Row> rejects = readRejects.select("source_file", "record_number", "article_id", "reason", "message", "excerpt")
                .unionByName(duplicates)
                .withColumn("stage", lit("ingest"))
                .withColumn("run_id", lit(runId))
                .withColumn("rejected_at", lit(ingestedAt));
        Dataset<Row> manifest = manifestRows(spark, toRead, all, runId, ingestedAt);

        // The counts come from one pass over what was read and one over the duplicates; the articles are
        // counted on their own, so that the accounting below checks the dedup rather than restating it.
        long articleCount = articles.count();
        List<String> replaced = new ArrayList<>();
        if (previousArticles != null) {
            // Only the corrections that were kept (not, say, duplicates of another article's text) replace anything.
            for (Row r : articles.join(changed, col("article_id").equalTo(col("c_id")), "left_semi").select("article_id")
                    .orderBy("article_id").collectAsList()) {
                replaced.add(r.getString(0));
            }
        }
        long recordsRead = 0;
        long rejectedOnRead = 0;
        Map<String, Long> byReason = new java.util.TreeMap<>();
        Map<String, Long> skipped = new java.util.TreeMap<>();
        Map<String, Long> undated = new java.util.TreeMap<>();
        for (Row r : read.groupBy("kind", "reason").count().collectAsList()) {
            long n = r.getLong(2);
            recordsRead += n;
            if ("article".equals(r.getString(0)) && r.getString(1) != null) {
                undated.merge(r.getString(1), n, Long::sum);
            } else if ("reject".equals(r.getString(0))) {
                rejectedOnRead += n;
                byReason.merge(r.getString(1), n, Long::sum);
            } else if ("skip".equals(r.getString(0))) {
                skipped.merge(r.getString(1), n, Long::sum);
            }
        }
        long duplicateCount = 0;
        for (Row r : duplicates.groupBy("reason").count().collectAsList()) {
            duplicateCount += r.getLong(1);
            byReason.merge(r.getString(0), r.getLong(1), Long::sum);
        }
        long skippedCount = skipped.values().stream().mapToLong(Long::longValue).sum();
        progress.done(articleCount + " articles" + (replaced.isEmpty() ? "" : " (" + replaced.size() + " replacing an earlier version)")
                + ", " + (rejectedOnRead + duplicateCount)
                + " rejected, " + skippedCount + " skipped, from " + toRead.size() + " file(s)");
        Accounting accounting = new Accounting(recordsRead, articleCount, rejectedOnRead, skippedCount, duplicateCount);
        progress.info("ingest: " + accounting);
        if (!undated.isEmpty()) {
            Row example = read.filter(col("kind").equalTo("article").and(col("reason").isNotNull()))
                    .select("source_file", "record_number", "message").first();
            progress.info("ingest: WARN " + undated.values().stream().mapToLong(Long::longValue).sum()
                    + " article(s) kept undated " + undated + ", e.g. " + example.getString(0) + " record "
                    + example.getLong(1) + ": " + example.getString(2) + " (ingest.date-formats adds your archive's formats)");
        }
        if (!accounting.balances()) {
            throw new IllegalStateException("ingest lost records: " + accounting);
        }
        return new Result(articles, rejects, manifest, accounting, byReason, skipped, undated, toRead.size(), alreadyIngested,
                listing.ignored(), List.of(all, articles), List.copyOf(replaced));
    }

    /** One manifest row per file read: its listing facts, its checksum (from the read) and its record count. */
    private static Dataset<Row> manifestRows(SparkSession spark, List<InputFiles.InputFile> files, Dataset<Row> all,
                                             String runId, Timestamp ingestedAt) {
        Map<String, String> checksums = new java.util.HashMap<>();
        for (Row r : all.filter(col("kind").equalTo("file")).select("source_file", "checksum").collectAsList()) {
            checksums.put(r.getString(0), r.getString(1));
        }
        Map<String, Long> records = new java.util.HashMap<>();
        for (Row r : all.filter(col("kind").notEqual("file")).groupBy("source_file").count().collectAsList()) {
            records.put(r.getString(0), r.getLong(1));
        }
        List<Row> rows = new ArrayList<>();
        for (InputFiles.InputFile f : files) {
            rows.add(RowFactory.create(f.path(), f.size(), new Timestamp(f.modificationTime()), checksums.get(f.path()),
                    records.getOrDefault(f.path(), 0L), runId, ingestedAt));
        }
        return spark.createDataFrame(rows, dev.quarry.tables.Table.MANIFEST.schema());
    }

    /** Numbers the copies of each key by (source_file, record_number); with {@code nullsUnique}, a null key is never a duplicate. */
    private static Dataset<Row> firstCopies(Dataset<Row> rows, org.apache.spark.sql.Column key, boolean nullsUnique) {
        return firstCopies(rows, key, nullsUnique, lit(0).asc());
    }

    /**
     * As above, after ordering by {@code first}; the table's own rows ({@code _prior} 0) come before
     * this run's, so a record never displaces the row it duplicates.
     */
    private static Dataset<Row> firstCopies(Dataset<Row> rows, org.apache.spark.sql.Column key, boolean nullsUnique,
                                            org.apache.spark.sql.Column first) {
        WindowSpec byKey = Window.partitionBy(key).orderBy(first, col("_prior"), col("source_file"), col("record_number"));
        Dataset<Row> numbered = rows.withColumn("copy", row_number().over(byKey));
        return nullsUnique ? numbered.withColumn("copy", org.apache.spark.sql.functions.when(key.isNull(), lit(1)).otherwise(col("copy"))) : numbered;
    }

    private static Dataset<Row> duplicateRejects(Dataset<Row> numbered, RejectReason reason, String keyName) {
        // A row of the table that lost to a correction is replaced, not rejected.
        return numbered.filter(col("copy").gt(1).and(col("_prior").equalTo(1)))
                .withColumn("reason", lit(reason.code()))
                .withColumn("message", concat(lit("duplicate " + keyName + " of an earlier record (first by file and line kept): "),
                        col(keyName)))
                .withColumn("excerpt", col("text").substr(1, Reject.EXCERPT_CHARS))
                .select("source_file", "record_number", "article_id", "reason", "message", "excerpt");
    }

    private static Iterator<Row> readFile(ArticleReader reader, String path, PortableDataStream stream) {
        InputStream raw;
        java.security.MessageDigest sha;
        InputStream in;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
            raw = new java.security.DigestInputStream(stream.open(), sha);
            // Readers close what they read; the raw stream stays open so the checksum can cover the whole file.
            in = new java.io.FilterInputStream(raw) {
                @Override
                public void close() {
                }
            };
            CompressionCodec codec = new CompressionCodecFactory(new Configuration(false)).getCodec(new Path(path));
            if (codec != null && !reader.decompressesItself()) {
                in = codec.createInputStream(in);
            }
        } catch (IOException | RuntimeException | java.security.NoSuchAlgorithmException e) {
            return List.of(rejectRow(Reject.of(path, 0, RejectReason.UNREADABLE_FILE, "cannot open: " + e, null))).iterator();
        }
        Iterator<ReadResult> results = reader.read(path, in);
        InputStream rawStream = raw;
        return new Iterator<>() {
            private boolean broken;
            private boolean fileRowDone;

            @Override
            public boolean hasNext() {
                if (!broken) {
                    try {
                        if (results.hasNext()) {
                            return true;
                        }
                    } catch (RuntimeException e) {
                        return true; // next() turns the fault into a reject
                    }
                }
                return !fileRowDone;
            }

            @Override
            public Row next() {
                if (!broken) {
                    try {
                        if (results.hasNext()) {
                            return toRow(results.next());
                        }
                    } catch (RuntimeException e) {
                        // A truncated gzip and the like: keep what was read, reject the rest of the file.
                        broken = true;
                        return rejectRow(Reject.of(path, 0, RejectReason.UNREADABLE_FILE, "file broke off: " + e, null));
                    }
                }
                if (fileRowDone) {
                    throw new java.util.NoSuchElementException();
                }
                fileRowDone = true;
                return fileRow(path, rawStream, sha);
            }
        };
    }

    /** Lines of a split JSON Lines file; the file name comes from the split, the record number is the byte offset. */
    private static Iterator<Row> splitLines(ArticleReaders readers,
                                            Iterator<scala.Tuple2<org.apache.hadoop.io.LongWritable, org.apache.hadoop.io.Text>> lines) {
        org.apache.spark.rdd.InputFileBlockHolder$ holder = org.apache.spark.rdd.InputFileBlockHolder$.MODULE$;
        List<Row> out = new ArrayList<>();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                while (out.isEmpty() && lines.hasNext()) {
                    scala.Tuple2<org.apache.hadoop.io.LongWritable, org.apache.hadoop.io.Text> line = lines.next();
                    String file = holder.getInputFilePath().toString();
                    ReadResult r = readers.jsonLines().parseLine(file, line._1().get(), line._2().getBytes(), line._2().getLength());
                    if (r != null) {
                        out.add(toRow(r));
                    }
                }
                return !out.isEmpty();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return out.remove(0);
            }
        };
    }

    /** The manifest's view of a file: its SHA-256 over all its bytes (the rest is read here if a reader stopped early). */
    private static Row fileRow(String path, InputStream raw, java.security.MessageDigest sha) {
        String checksum = null;
        try (raw) {
            raw.transferTo(java.io.OutputStream.nullOutputStream());
            checksum = java.util.HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            // an unreadable tail has already been reported as a reject; the manifest keeps no checksum
        }
        return RowFactory.create("file", null, null, null, null, null, null, null, null, path, 0L, null, null, null, checksum);
    }

    private static Row toRow(ReadResult r) {
        return r.isArticle() ? articleRow(r.article(), r.note()) : r.isSkip() ? skipRow(r.skip()) : rejectRow(r.reject());
    }

    private static Row skipRow(ReadResult.Skip s) {
        return RowFactory.create("skip", null, null, null, null, null, null, null, null,
                s.sourceFile(), s.recordNumber(), s.reason(), null, null, null);
    }

    /** An article row; a kept article's note (an unreadable date) rides in reason and message, to be counted. */
    private static Row articleRow(Article a, Reject note) {
        return RowFactory.create("article", a.articleId(), a.url(), a.source(), a.title(),
                a.authors().toArray(new String[0]),
                a.publishedAt() == null ? null : Timestamp.from(a.publishedAt()),
                a.language(), a.text(), a.sourceFile(), a.recordNumber(),
                note == null ? null : note.reason().code(), note == null ? null : note.message(), null, null);
    }

    private static Row rejectRow(Reject r) {
        return RowFactory.create("reject", null, null, null, null, null, null, null, null,
                r.sourceFile(), r.recordNumber(), r.reason().code(), r.message(), r.excerpt(), null);
    }
}
