package dev.quarry.training;

import dev.quarry.cli.ExitCode;
import dev.quarry.cli.QuarryCli;
import dev.quarry.tables.Column;
import dev.quarry.tables.Table;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * train-models on a tiny corpora folder written here (templated sentences with our own names), then
 * a run that loads those models and writes the entities table, read back by Spark and DuckDB, and
 * evaluate ner on a CoNLL file. Checks the wiring, saving and loading, not the accuracy.
 */
class TrainedModelsTest {

    private static final String[] PEOPLE = {"Ada Okafor", "Tomas Rell", "Mira Castell", "Jonah Pike", "Lena Varga", "Omar Haddad"};
    private static final String[] ORGS = {"Velto Bank", "Norland Rail", "Crestmark", "Union Harbor"};
    private static final String[] PLACES = {"Arvale", "Brenport", "Kestria", "Lowmoor", "Tarn"};
    private static final String[][] TEMPLATES = {
            // words with PTB tag, head (1-based, 0 root) and a placeholder for names: P person, O org, L place
            {"P", "said", "O", "would", "open", "an", "office", "in", "L", "."},
            {"P", "visited", "L", "on", "Monday", "."},
            {"O", "hired", "P", "last", "week", "."},
            {"The", "mayor", "of", "L", ",", "P", ",", "criticised", "O", "."},
    };
    private static final Map<String, String> TAGS = Map.ofEntries(Map.entry("said", "VBD"), Map.entry("would", "MD"),
            Map.entry("open", "VB"), Map.entry("an", "DT"), Map.entry("office", "NN"), Map.entry("in", "IN"),
            Map.entry(".", "."), Map.entry("visited", "VBD"), Map.entry("on", "IN"), Map.entry("Monday", "NNP"),
            Map.entry("hired", "VBD"), Map.entry("last", "JJ"), Map.entry("week", "NN"), Map.entry("The", "DT"),
            Map.entry("mayor", "NN"), Map.entry("of", "IN"), Map.entry(",", ","), Map.entry("criticised", "VBD"));

    private static Path corpora;
    private static Path models;
    private static Path out;
    private static int trainExit;
    private static int runExit;
    private static int evalExit;
    private static Path evalOut;

    /** A sentence as (word, tag, label) triples; heads all point at the first verb. */
    private static List<String[]> sentence(SplittableRandom random) {
        String[] template = TEMPLATES[random.nextInt(TEMPLATES.length)];
        List<String[]> words = new ArrayList<>();
        for (String slot : template) {
            String[] names = switch (slot) {
                case "P" -> PEOPLE;
                case "O" -> ORGS;
                case "L" -> PLACES;
                default -> null;
            };
            if (names == null) {
                words.add(new String[] {slot, TAGS.get(slot), "O"});
                continue;
            }
            String type = slot.equals("P") ? "PER" : slot.equals("O") ? "ORG" : "LOC";
            String[] parts = names[random.nextInt(names.length)].split(" ");
            for (int i = 0; i < parts.length; i++) {
                words.add(new String[] {parts[i], "NNP", (i == 0 ? "B-" : "I-") + type});
            }
        }
        return words;
    }

    private static void writeCorpora(Path dir) throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        for (String f : List.of("polnear-silver/polnear-train.silver.conllu", "polnear-silver/polnear-dev.silver.conllu",
                "ud-english-ewt/en_ewt-ud-dev.conllu", "ud-english-ewt/en_ewt-ud-test.conllu")) {
            StringBuilder b = new StringBuilder();
            for (int s = 0; s < 60; s++) {
                List<String[]> words = sentence(random);
                int verb = 1;
                for (int i = 0; i < words.size(); i++) {
                    if (words.get(i)[1].startsWith("VB")) {
                        verb = i + 1;
                        break;
                    }
                }
                for (int i = 0; i < words.size(); i++) {
                    String[] w = words.get(i);
                    int head = i + 1 == verb ? 0 : verb;
                    b.append(i + 1).append('\t').append(w[0]).append('\t').append(w[0].toLowerCase()).append("\t_\t")
                            .append(w[1]).append("\t_\t").append(head).append("\tdep\t_\t_\n");
                }
                b.append('\n');
            }
            write(dir.resolve(f), b.toString());
        }
        for (String f : List.of("conll2003/eng.train", "conll2003/eng.testa")) {
            StringBuilder b = new StringBuilder("-DOCSTART- -X- -X- O\n\n");
            for (int s = 0; s < 150; s++) {
                for (String[] w : sentence(random)) {
                    b.append(w[0]).append(' ').append(w[1]).append(" O ").append(w[2]).append('\n');
                }
                b.append('\n');
            }
            write(dir.resolve(f), b.toString());
        }
        for (int a = 0; a < 3; a++) {
            StringBuilder tsv = new StringBuilder("http://example.org/" + a + "\tO\n\n");
            StringBuilder raw = new StringBuilder();
            for (int s = 0; s < 20; s++) {
                for (String[] w : sentence(random)) {
                    String label = w[2].equals("O") ? "O" : w[2].replace("PER", "Person").replace("ORG", "Organization")
                            .replace("LOC", "Location");
                    tsv.append(w[0]).append('\t').append(label).append('\n');
                    raw.append(w[0]).append(' ');
                }
                tsv.append('\n');
            }
            write(dir.resolve("worldwide-newswire/processed_annotated/t_" + a + ".txt.tsv"), tsv.toString());
            write(dir.resolve("worldwide-newswire/original_articles/t_" + a + ".txt"), raw.toString());
        }
        write(dir.resolve("reuters21578/reut2-000.sgm"), "<REUTERS><TEXT><BODY>Velto Bank said it would open an office in Tarn.\n Reuter\n</BODY></TEXT></REUTERS>\n");
        // A few attributed articles for the attribution tagger, in PolNeAR's layout (text/ and attributions/ in brat).
        SplittableRandom pick = new SplittableRandom(11);
        for (int a = 0; a < 12; a++) {
            String person = PEOPLE[pick.nextInt(PEOPLE.length)];
            String org = ORGS[pick.nextInt(ORGS.length)];
            String place = PLACES[pick.nextInt(PLACES.length)];
            String content = org + " would open an office in " + place;
            String text = person + " said " + content + ".\n" + person + " visited " + place + " on Monday.\n";
            int cue = person.length() + 1;
            int start = cue + "said ".length();
            write(dir.resolve("polnear/train/text/p" + a + ".txt"), text);
            write(dir.resolve("polnear/train/attributions/p" + a + "_x1.ann"),
                    "T1\tSource 0 " + person.length() + "\t" + person + "\n"
                    + "T2\tCue " + cue + " " + (cue + 4) + "\tsaid\n"
                    + "T3\tContent " + start + " " + (start + content.length()) + "\t" + content + "\n"
                    + "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n");
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @BeforeAll
    static void trainAndRun() throws Exception {
        Path root = Files.createTempDirectory("quarry-models-test");
        corpora = root.resolve("corpora");
        models = root.resolve("models");
        out = root.resolve("out");
        writeCorpora(corpora);
        trainExit = QuarryCli.execute("train-models", "--corpora", corpora.toString(), "--out", models.toString(),
                "--pos-iterations", "1", "--dependency-iterations", "1", "--embedding-dim", "8", "--embedding-min-count", "1",
                "--ner-epochs", "10", "--ner-clusters", "4,16", "--set", "spark.master=local[2]");
        Path input = root.resolve("input.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\": \"n1\", \"text\": \"Ada Okafor said Velto Bank would open an office in Arvale. Okafor visited Brenport on Monday.\", \"date\": \"2024-03-01\"}",
                "{\"id\": \"n2\", \"text\": \"Crestmark hired Tomas Rell last week. The mayor of Tarn, Lena Varga, criticised Norland Rail.\", \"date\": \"2024-04-02\"}",
                "") + "\n");
        runExit = QuarryCli.execute("run", "--input", input.toString(), "--output", out.toString(),
                "--set", "spark.master=local[2]", "--set", "models.dir=" + models);
        evalOut = root.resolve("testa.eval");
        evalExit = QuarryCli.execute("evaluate", "ner", "--conll", corpora.resolve("conll2003/eng.testa").toString(),
                "--out", evalOut.toString(), "--set", "spark.master=local[2]", "--set", "models.dir=" + models);
    }

    @Test
    void trainingSavesEveryModelAsAPipelineWithAReport() throws Exception {
        assertEquals(ExitCode.OK, trainExit);
        for (String kind : List.of("pos", "lemma", "dependency", "embeddings", "ner")) {
            assertTrue(Files.isDirectory(models.resolve(kind).resolve("stages")), kind + " is not a saved PipelineModel");
        }
        String report = Files.readString(models.resolve("training-report.json"));
        for (String kind : List.of("POS", "LEMMA", "DEPENDENCY", "EMBEDDINGS", "NER", "ATTRIBUTION")) {
            assertTrue(report.contains("\"" + kind + "\""), "report lacks " + kind);
        }
        assertTrue(report.contains("eng.testa"), report);
        assertTrue(Files.isRegularFile(models.resolve("attribution").resolve(dev.quarry.quotes.model.AttributionModelFile.FILE)),
                "no attribution tagger saved");
        assertTrue(report.contains("rules / rules + tagger"), "the tagger's cross-validation is not in the report: " + report);
        // NER is Quarry's feature tagger, saved whole; no Spark NLP CRF beside it.
        try (java.util.stream.Stream<Path> fields = Files.list(models.resolve("ner/stages"))) {
            Path stage = fields.findFirst().orElseThrow();
            assertTrue(Files.isDirectory(stage.resolve("fields/featureTagger")), "no featureTagger in " + stage);
            assertFalse(Files.exists(stage.resolve("fields/crfModel")), "crfModel saved as well in " + stage);
        }
    }

    @Test
    void runWritesEntitiesWithTheDeclaredSchemaReadableByDuckdb() throws Exception {
        assertEquals(ExitCode.OK, runExit);
        SparkSession spark = SparkSession.builder().master("local[2]").getOrCreate();
        Dataset<Row> entities = spark.read().format("delta").load(out.resolve("entities").toString());
        Map<String, StructField> fields = new HashMap<>();
        for (StructField f : entities.schema().fields()) {
            fields.put(f.name(), f);
        }
        for (Column c : Table.ENTITIES.columns()) {
            assertTrue(fields.containsKey(c.name()), "entities lacks " + c.name());
            assertEquals(c.type(), fields.get(c.name()).dataType(), c.name());
        }
        assertTrue(entities.count() > 0, "no entity mentions at all");

        Map<String, String> entityOf = new HashMap<>();
        Map<String, String> typeOf = new HashMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rs = db.createStatement().executeQuery("select article_id, text, type, entity_id, canonical_name, start, \"end\" from "
                     + dev.quarry.tables.DeltaLogFiles.scan(out.resolve("entities")) + " order by article_id, start")) {
            while (rs.next()) {
                String text = rs.getString("text");
                entityOf.put(rs.getString("article_id") + "/" + text + "@" + rs.getInt("start"), rs.getString("entity_id"));
                typeOf.put(text, rs.getString("type"));
            }
        }
        assertEquals("PER", typeOf.get("Ada Okafor"), typeOf.toString());
        assertEquals("ORG", typeOf.get("Velto Bank"), typeOf.toString());
        String full = entityOf.entrySet().stream().filter(e -> e.getKey().startsWith("n1/Ada Okafor")).findFirst().orElseThrow().getValue();
        String surname = entityOf.entrySet().stream().filter(e -> e.getKey().startsWith("n1/Okafor@")).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        assertEquals(full, surname, "'Okafor' should join 'Ada Okafor': " + entityOf);
        String other = entityOf.entrySet().stream().filter(e -> e.getKey().startsWith("n2/Tomas Rell")).findFirst().orElseThrow().getValue();
        assertNotEquals(full, other);
    }

    @Test
    void evaluateNerScoresTheHeldOutWorldwideNewswireSliceAndWantsOneSource() throws Exception {
        Path wwnOut = evalOut.resolveSibling("wwn.eval");
        int exit = QuarryCli.execute("evaluate", "ner", "--worldwide-newswire", corpora.resolve("worldwide-newswire").toString(),
                "--out", wwnOut.toString(), "--set", "spark.master=local[2]", "--set", "models.dir=" + models);
        assertEquals(ExitCode.OK, exit);
        // Of t_0, t_1 and t_2, every 10th from the first is held out: t_0 alone.
        long tokens = Files.readAllLines(corpora.resolve("worldwide-newswire/processed_annotated/t_0.txt.tsv")).stream()
                .skip(1).filter(l -> !l.isBlank()).count();
        assertEquals(tokens, Files.readAllLines(wwnOut).stream().filter(l -> !l.isBlank()).count());
        assertEquals(ExitCode.USAGE, QuarryCli.execute("evaluate", "ner", "--out", wwnOut.toString()));
        assertEquals(ExitCode.USAGE, QuarryCli.execute("evaluate", "ner", "--out", wwnOut.toString(), "--conll", evalOut.toString(),
                "--worldwide-newswire", corpora.resolve("worldwide-newswire").toString()));
    }

    @Test
    void nerWordClassesCanAlsoComeFromExchangeClusteringOfTheRawText() throws Exception {
        Path copy = Files.createTempDirectory("quarry-models-both");
        dev.quarry.tables.FolderCopy.copy(models, copy);
        assertEquals(ExitCode.USAGE, QuarryCli.execute("train-models", "--corpora", corpora.toString(), "--out", copy.toString(),
                "--only", "ner", "--ner-word-classes", "brown"));
        int exit = QuarryCli.execute("train-models", "--corpora", corpora.toString(), "--out", copy.toString(), "--only", "ner",
                "--ner-epochs", "2", "--ner-clusters", "4,16", "--ner-word-classes", "both", "--ner-world-towns", "--set", "spark.master=local[2]");
        assertEquals(ExitCode.OK, exit);
        String report = Files.readString(copy.resolve("training-report.json"));
        assertTrue(report.contains("k-means over the Word2Vec vectors at [4, 16] and exchange clustering of the raw training text"), report);
        assertTrue(report.contains("the known-names list and GeoNames' towns of 15,000 people or more"), report);
    }

    @Test
    void evaluateNerWritesTheConllevalFile() throws Exception {
        assertEquals(ExitCode.OK, evalExit);
        List<String> lines = Files.readAllLines(evalOut);
        assertFalse(lines.isEmpty());
        long tokenLines = lines.stream().filter(l -> !l.isBlank()).count();
        long corpusTokens = Files.readAllLines(corpora.resolve("conll2003/eng.testa")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("-DOCSTART-")).count();
        assertEquals(corpusTokens, tokenLines, "one output line per input token");
        assertTrue(lines.stream().filter(l -> !l.isBlank()).allMatch(l -> l.split(" ").length == 3), "token gold pred");
    }
}
