package dev.quarry.config;

import java.io.Serializable;
import java.util.Map;

/** The whole configuration, typed and checked. Built only by {@link ConfigLoader}. */
public record QuarryConfig(
        Input input,
        Output output,
        Spark spark,
        Ingest ingest,
        Annotate annotate,
        Models models,
        Quotes quotes,
        Speakers speakers,
        Logging logging,
        String hash) implements Serializable {

    /**
     * @param level                  log4j level name: ERROR, WARN, INFO or DEBUG
     * @param progressIntervalMillis how often a progress line goes to a log; 0 for none
     */
    public record Logging(String level, long progressIntervalMillis) implements Serializable {
    }

    public record Input(String path, InputFormat format) implements Serializable {
    }

    /**
     * @param root          the folder holding one Delta table per subfolder
     * @param keepHistoryHours {@code maintain} removes the files of table versions older than this (VACUUM)
     */
    public record Output(String root, long keepHistoryHours) implements Serializable {
        public Output(String root) {
            this(root, DEFAULT_KEEP_HISTORY_HOURS);
        }

        public static final long DEFAULT_KEEP_HISTORY_HOURS = 30 * 24;
    }

    public record Spark(String master, String appName, String driverMemory, String executorMemory,
                        int shufflePartitions, Map<String, String> conf) implements Serializable {
        public boolean isLocal() {
            return master.startsWith("local");
        }
    }

    /** @param dates the publication date formats: the built-in ones after ingest.date-formats */
    /**
     * @param replaceChangedArticles ingest.on-changed-article: whether a record with an article_id already in the
     *                               archive but a different text replaces that article (replace) or is rejected
     *                               as a duplicate (keep)
     */
    public record Ingest(boolean detectLanguage, long jsonlSplitBytes, int maxArticleChars, FieldMapping jsonFields, char csvDelimiter,
                         String csvAuthorsSeparator, FieldMapping csvColumns, FieldMapping tableColumns,
                         dev.quarry.config.PublicationDates dates, boolean replaceChangedArticles) implements Serializable {
    }

    /** @param paths model folder name (pos, lemma, dependency, embeddings, ner) -> explicit path, when set */
    public record Models(boolean enabled, String dir, Map<String, String> paths) implements Serializable {
    }

    /**
     * @param rules the quote rules' names, in the order they are asked
     * @param attributionModel whether the trained attribution tagger runs beside the rules (when the models run)
     */
    public record Quotes(java.util.List<String> rules, boolean attributionModel) implements Serializable {
    }

    /** @param aliasesFile the alias table giving speakers external ids; empty for none */
    public record Speakers(String aliasesFile) implements Serializable {
        public boolean hasAliasesFile() {
            return !aliasesFile.isEmpty();
        }
    }

    /** @param maxPieceChars longer articles go through Spark NLP in pieces of at most this many characters */
    public record Annotate(java.util.List<String> languages, int maxSentenceChars, int partitions, int maxPieceChars) implements Serializable {
    }
}
