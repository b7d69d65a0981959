package dev.quarry.annotate;

import dev.quarry.config.QuarryConfig;
import dev.quarry.entities.EntityGrouper;
import dev.quarry.entities.EntityMention;
import dev.quarry.text.AnnotatedArticle;
import dev.quarry.quotes.Quote;
import dev.quarry.quotes.QuoteFinder;
import dev.quarry.quotes.model.AttributionFeatures;
import dev.quarry.quotes.model.AttributionModelFile;
import dev.quarry.quotes.model.AttributionTagger;
import dev.quarry.nlp.LinearChainPerceptron;
import dev.quarry.quotes.QuoteLexicons;
import dev.quarry.quotes.QuoteRules;
import dev.quarry.quotes.speakers.SpeakerResolver;
import org.apache.spark.sql.Row;

import java.util.Arrays;
import java.util.List;

/**
 * The plain-Java stage for one row of Spark NLP output, shared by annotate and evaluate: entity
 * grouping, then quote finding and speaker resolution. Built from the configuration on the driver
 * (which checks the rule names there); each JVM that deserialises it builds the finder, resolver,
 * grouper and resolver (and their lexicons) once, on its first article, never per record.
 */
public final class ArticleStage implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> quoteRules;
    /** The attribution tagger's weights, read once on the driver and carried to the executors; null for none. */
    private final LinearChainPerceptron attributionModel;
    private transient Parts parts;

    /** The per-article components. */
    private record Parts(QuoteFinder finder, SpeakerResolver resolver, EntityGrouper grouper) {
    }

    public record Result(AnnotatedArticle article, List<Quote> quotes, List<EntityMention> entities) {
    }

    /** The parts of {@link #process} whose time is reported separately (run summary, benchmark). */
    public enum Part {
        /** Spark NLP annotation rows to plain Java objects. */
        CONVERT,
        /** NER consistency, chunking and entity grouping. */
        ENTITIES,
        /** Quote finding, speaker resolution and linking speakers to entities. */
        QUOTES
    }

    /** Receives each part's nanoseconds; serialisable so a task closure can carry it to executors. */
    @FunctionalInterface
    public interface PartTimes extends java.io.Serializable {
        PartTimes NONE = (part, nanos) -> {
        };

        void add(Part part, long nanos);
    }

    private ArticleStage(List<String> quoteRules, LinearChainPerceptron attributionModel) {
        this.quoteRules = List.copyOf(quoteRules);
        this.attributionModel = attributionModel;
    }

    /** The stage as the configuration sets it up; a quote rule name that is no rule's fails here, on the driver. */
    public static ArticleStage of(QuarryConfig config) {
        // The tagger reads POS tags: without the models it would run on features it never saw in training.
        LinearChainPerceptron attribution = config.models().enabled() && config.quotes().attributionModel()
                ? AttributionModelFile.read(ModelPipeline.locate(config.models()).get(ModelPipeline.Kind.ATTRIBUTION))
                : null;
        ArticleStage stage = new ArticleStage(config.quotes().rules(), attribution);
        stage.parts();
        return stage;
    }

    private Parts parts() {
        if (parts == null) {
            QuoteLexicons lexicons = QuoteLexicons.load();
            AttributionTagger tagger = attributionModel == null ? null
                    : new AttributionTagger(attributionModel, new AttributionFeatures(lexicons));
            parts = new Parts(new QuoteFinder(QuoteRules.named(quoteRules, lexicons), tagger), new SpeakerResolver(),
                    new EntityGrouper());
        }
        return parts;
    }

    /** The speaker's entity_key: its entity's, when linked to one, else folded from the resolved name and type. */
    public static String speakerKey(Quote q, List<EntityMention> entities) {
        if (q.speaker() == null) {
            return null;
        }
        for (EntityMention e : entities) {
            if (e.entityId().equals(q.speakerEntityId())) {
                return e.entityKey();
            }
        }
        String type = q.speakerType() == null ? "MISC" : switch (q.speakerType()) {
            case PERSON -> "PER";
            case ORG -> "ORG";
            case GROUP -> "GROUP";
            case OTHER -> "MISC";
        };
        return EntityGrouper.key(type, q.speaker());
    }

    /** A row holding article_id, text, the sentence and token columns and, when the models ran, pos and ner. */
    public Result process(Row r) {
        return process(r, PartTimes.NONE);
    }

    /** As {@link #process(Row)}, reporting the time of each {@link Part}. */
    public Result process(Row r, PartTimes times) {
        return process(r.getAs("article_id"), r, times);
    }

    /** As {@link #process(Row, PartTimes)}, with the article id that quote, mention and entity ids are made from. */
    public Result process(String articleId, Row r, PartTimes times) {
        Parts p = parts();
        long t0 = System.nanoTime();
        boolean tagged = Arrays.asList(r.schema().fieldNames()).contains(ModelPipeline.POS_COL);
        AnnotatedArticle article = AnnotationRows.toArticle(articleId, r.getAs("text"),
                r.getList(r.fieldIndex(BasePipeline.SENTENCE_COL)), r.getList(r.fieldIndex(BasePipeline.TOKEN_COL)),
                tagged ? r.getList(r.fieldIndex(ModelPipeline.POS_COL)) : null);
        long t1 = System.nanoTime();
        times.add(Part.CONVERT, t1 - t0);
        List<EntityMention> entities = List.of();
        if (Arrays.asList(r.schema().fieldNames()).contains(ModelPipeline.NER_COL)) {
            entities = p.grouper().group(article, AnnotationRows.mentions(article, r.getList(r.fieldIndex(ModelPipeline.NER_COL))));
        }
        long t2 = System.nanoTime();
        times.add(Part.ENTITIES, t2 - t1);
        List<Quote> quotes = p.resolver().resolve(article, p.finder().find(article), entities);
        times.add(Part.QUOTES, System.nanoTime() - t2);
        return new Result(article, quotes, entities);
    }
}
