package dev.quarry.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * NER training text as documents of sentences of (token, BIO label), with labels in the CoNLL-2003
 * set PER / ORG / LOC / MISC. Reads CoNLL-2003 files and English Worldwide Newswire's per-article TSV
 * files, mapping the latter's nine classes (see {@link #WORLDWIDE_NEWSWIRE_TYPES}).
 */
public final class NerCorpus {

    public record Token(String text, String pos, String label) {
    }

    public record Sentence(List<Token> tokens) {
    }

    public record Document(String id, List<Sentence> sentences) {
        public int tokenCount() {
            return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
        }
    }

    /**
     * Worldwide Newswire class -> CoNLL-2003 type; classes not listed become O. CoNLL-2003 tags
     * facilities (stadiums, airports) as LOC and nationalities, products and events as MISC, and does
     * not tag dates or money at all, so the mapping follows those guidelines.
     */
    public static final Map<String, String> WORLDWIDE_NEWSWIRE_TYPES = Map.of(
            "Person", "PER",
            "Organization", "ORG",
            "Location", "LOC",
            "Facility", "LOC",
            "NORP", "MISC",
            "Misc", "MISC",
            "Product", "MISC");

    private NerCorpus() {
    }

    /** A CoNLL-2003 file: "token POS chunk label" lines, blank lines between sentences, -DOCSTART- between documents. */
    public static List<Document> readConll2003(Path file) throws IOException {
        List<Document> docs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        String name = file.getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNumber = 0;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    flush(tokens, sentences);
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                if (f[0].equals("-DOCSTART-")) {
                    flush(tokens, sentences);
                    if (!sentences.isEmpty()) {
                        docs.add(new Document(name + "#" + docs.size(), List.copyOf(sentences)));
                        sentences.clear();
                    }
                    continue;
                }
                if (f.length < 2) {
                    throw new IOException(file + ":" + lineNumber + ": expected 'token POS chunk label'");
                }
                tokens.add(new Token(f[0], f.length >= 4 ? f[1] : "_", f[f.length - 1]));
            }
        }
        flush(tokens, sentences);
        if (!sentences.isEmpty()) {
            docs.add(new Document(name + "#" + docs.size(), List.copyOf(sentences)));
        }
        return docs;
    }

    /**
     * One Worldwide Newswire article: the URL on the first line, then "token\tlabel" lines (a few carry
     * a second, overlapping label; the first is kept), blank lines between sentences.
     */
    public static Document readWorldwideNewswire(Path file) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                flush(tokens, sentences);
                continue;
            }
            String[] f = line.split("\t");
            String text = f[0].strip().replaceAll("\\s+", "_");
            if (text.isEmpty()) {
                continue;
            }
            tokens.add(new Token(text, "_", f.length > 1 ? mapWorldwideNewswire(f[1].strip()) : "O"));
        }
        flush(tokens, sentences);
        return new Document(file.getFileName().toString(), List.copyOf(sentences));
    }

    /** Every how-many-th Worldwide Newswire article is held out of NER training and scored. */
    public static final int WORLDWIDE_NEWSWIRE_HOLD_OUT_EVERY = 10;

    /**
     * The Worldwide Newswire articles of {@code annotatedDir} (its {@code *.tsv} files, in file-name
     * order) that form the held-out slice, every {@code every}-th from the first, or (with
     * {@code heldOut} false) the others: the split train-models trains and scores NER with.
     */
    public static List<Path> worldwideNewswireSplit(Path annotatedDir, int every, boolean heldOut) throws IOException {
        List<Path> all;
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(annotatedDir)) {
            all = files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if ((i % every == 0) == heldOut) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    /** "B-Person" -> "B-PER"; unmapped classes and malformed labels -> "O". */
    public static String mapWorldwideNewswire(String label) {
        if (label.length() < 3 || label.charAt(1) != '-') {
            return "O";
        }
        String type = WORLDWIDE_NEWSWIRE_TYPES.get(label.substring(2));
        char prefix = label.charAt(0);
        if (type == null) {
            return "O";
        }
        // BIOES variants fold into BIO.
        return switch (prefix) {
            case 'B', 'S' -> "B-" + type;
            case 'I', 'E' -> "I-" + type;
            default -> "O";
        };
    }

    private static void flush(List<Token> tokens, List<Sentence> sentences) {
        if (!tokens.isEmpty()) {
            sentences.add(new Sentence(List.copyOf(tokens)));
            tokens.clear();
        }
    }

    /** Writes documents in the CoNLL-2003 layout Spark NLP's CoNLL reader takes ("token POS _ label"). */
    public static void writeConll(List<Document> docs, Writer out) throws IOException {
        for (Document d : docs) {
            out.write("-DOCSTART- -X- -X- O\n\n");
            for (Sentence s : d.sentences()) {
                for (Token t : s.tokens()) {
                    out.write(t.text() + " " + t.pos() + " _ " + t.label() + "\n");
                }
                out.write("\n");
            }
        }
    }
}
