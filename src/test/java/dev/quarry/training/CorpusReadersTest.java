package dev.quarry.training;

import dev.quarry.eval.NerCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CorpusReadersTest {

    @Test
    void theWorldwideNewswireHeldOutSliceIsEveryTenthFileByName(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 12; i++) {
            Files.writeString(dir.resolve(String.format("a%02d.txt.tsv", i)), "http://example.org\tO\n\nWord\tO\n");
        }
        Files.writeString(dir.resolve("README.txt"), "not an article");
        List<Path> held = NerCorpus.worldwideNewswireSplit(dir, 10, true);
        assertEquals(List.of(dir.resolve("a00.txt.tsv"), dir.resolve("a10.txt.tsv")), held);
        List<Path> train = NerCorpus.worldwideNewswireSplit(dir, 10, false);
        assertEquals(10, train.size());
        assertEquals(dir.resolve("a01.txt.tsv"), train.get(0));
    }

    @Test
    void conllUDropsMultiwordRangesAndEmptyNodes(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.conllu");
        Files.writeString(f, """
                # sent_id = 1
                1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
                1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_
                2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_
                3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_
                3.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t_\t_

                1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_
                """);
        List<ConllUCorpus.Sentence> s = ConllUCorpus.read(f);
        assertEquals(2, s.size());
        assertEquals(List.of("do", "n't", "go"), s.get(0).words().stream().map(ConllUCorpus.Word::form).toList());
        assertEquals(0, s.get(0).words().get(2).head());
        StringWriter w = new StringWriter();
        ConllUCorpus.writeConll(s, x -> Integer.toString(x.head()), w);
        assertEquals("-DOCSTART- -X- -X- O\n\ndo VBP _ 3\nn't RB _ 3\ngo VB _ 0\n\nHi UH _ 0\n\n", w.toString());
    }

    @Test
    void worldwideNewswireLabelsMapToConllTypes(@TempDir Path dir) throws Exception {
        assertEquals("B-PER", NerCorpus.mapWorldwideNewswire("B-Person"));
        assertEquals("I-LOC", NerCorpus.mapWorldwideNewswire("I-Facility"));
        assertEquals("B-MISC", NerCorpus.mapWorldwideNewswire("B-NORP"));
        assertEquals("O", NerCorpus.mapWorldwideNewswire("B-Date"));
        assertEquals("O", NerCorpus.mapWorldwideNewswire("I-Money"));
        assertEquals("B-ORG", NerCorpus.mapWorldwideNewswire("S-Organization"));
        Path f = dir.resolve("x.txt.tsv");
        Files.writeString(f, "http://example.org/a\tO\n\nZanele\tB-Person\nMokoena\tI-Person\nvisited\tO\nAccra\tB-Location\tB-Organization\n\n"
                + "on\tO\nMonday\tB-Date\n");
        NerCorpus.Document d = NerCorpus.readWorldwideNewswire(f);
        assertEquals(2, d.sentences().size());
        assertEquals(List.of("B-PER", "I-PER", "O", "B-LOC"), d.sentences().get(0).tokens().stream().map(NerCorpus.Token::label).toList());
        assertEquals(List.of("O", "O"), d.sentences().get(1).tokens().stream().map(NerCorpus.Token::label).toList());
    }

    @Test
    void conll2003SplitsDocumentsAndSentences(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.conll");
        Files.writeString(f, "-DOCSTART- -X- -X- O\n\nAda NNP B-NP B-PER\nwrote VBD B-VP O\n\n. . O O\n\n-DOCSTART- -X- -X- O\n\nParis NNP B-NP B-LOC\n");
        List<NerCorpus.Document> docs = NerCorpus.readConll2003(f);
        assertEquals(2, docs.size());
        assertEquals(2, docs.get(0).sentences().size());
        assertEquals("B-LOC", docs.get(1).sentences().get(0).tokens().get(0).label());
        StringWriter w = new StringWriter();
        NerCorpus.writeConll(docs.subList(1, 2), w);
        assertEquals("-DOCSTART- -X- -X- O\n\nParis NNP _ B-LOC\n\n", w.toString());
    }
}
