package dev.quarry.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CoNLL-U treebank as plain sentences: the form, PTB tag (XPOS), lemma and head of every word.
 * Multi-word token ranges ("1-2") and empty nodes ("8.1") are dropped, since the taggers and the
 * parser work on surface words with tree heads.
 */
public final class ConllUCorpus {

    /** One word: head is 1-based, 0 for the root. */
    public record Word(String form, String xpos, String lemma, int head) {
    }

    public record Sentence(List<Word> words) {
    }

    private ConllUCorpus() {
    }

    public static List<Sentence> read(Path file) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNumber = 0;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    if (!current.isEmpty()) {
                        sentences.add(new Sentence(List.copyOf(current)));
                        current.clear();
                    }
                    continue;
                }
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 8) {
                    throw new IOException(file + ":" + lineNumber + ": expected 10 tab-separated columns, got " + f.length);
                }
                if (f[0].contains("-") || f[0].contains(".")) {
                    continue;
                }
                int head;
                try {
                    head = Integer.parseInt(f[6]);
                } catch (NumberFormatException e) {
                    throw new IOException(file + ":" + lineNumber + ": head '" + f[6] + "' is not a number");
                }
                current.add(new Word(clean(f[1]), clean(f[4]), clean(f[2]), head));
            }
        }
        if (!current.isEmpty()) {
            sentences.add(new Sentence(List.copyOf(current)));
        }
        return sentences;
    }

    /** Whitespace inside a form ("2 1/2") would split it in the space-delimited formats we write. */
    private static String clean(String s) {
        return s.strip().replaceAll("\\s+", "_");
    }

    /**
     * Writes sentences in the CoNLL-2003 layout that Spark NLP's CoNLL reader takes: "form XPOS _ label",
     * one document per call. The label column carries whatever the caller needs scored (a head index, a
     * lemma), since the reader keeps it aligned with the tokens.
     */
    public static void writeConll(List<Sentence> sentences, java.util.function.Function<Word, String> label,
                                  Writer out) throws IOException {
        out.write("-DOCSTART- -X- -X- O\n\n");
        for (Sentence s : sentences) {
            for (Word w : s.words()) {
                out.write(w.form() + " " + w.xpos() + " _ " + label.apply(w) + "\n");
            }
            out.write("\n");
        }
    }

    /** Writes the sentences back as CoNLL-U (ids renumbered), the format DependencyParserApproach reads. */
    public static void writeConllU(List<Sentence> sentences, Writer out) throws IOException {
        for (Sentence s : sentences) {
            int id = 1;
            for (Word w : s.words()) {
                out.write(id++ + "\t" + w.form() + "\t" + w.lemma() + "\t_\t" + w.xpos() + "\t_\t" + w.head() + "\t_\t_\t_\n");
            }
            out.write("\n");
        }
    }
}
