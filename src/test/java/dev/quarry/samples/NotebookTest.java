package dev.quarry.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The starter notebook (notebooks/quarry_start.ipynb) and its script twin: the same code, and the
 * script runs top to bottom on the sample run's Delta tables with pandas, Polars and DuckDB.
 */
class NotebookTest {

    private static final Path SCRIPT = Path.of("notebooks/quarry_start.py");
    private static final Path NOTEBOOK = Path.of("notebooks/quarry_start.ipynb");

    /** The code cells of the script: the chunks after each '# %%' line that is not markdown. */
    private static List<String> scriptCells() throws Exception {
        List<String> cells = new ArrayList<>();
        String[] chunks = Files.readString(SCRIPT).split("# %%", -1);
        for (int i = 1; i < chunks.length; i++) {
            int eol = chunks[i].indexOf('\n');
            if (!chunks[i].substring(0, eol).strip().equals("[markdown]")) {
                cells.add(chunks[i].substring(eol + 1).replaceAll("^\n+|\n+$", ""));
            }
        }
        return cells;
    }

    @Test
    void theNotebookHoldsTheScriptsCode() throws Exception {
        JsonNode nb = new ObjectMapper().readTree(NOTEBOOK.toFile());
        List<String> cells = new ArrayList<>();
        for (JsonNode cell : nb.get("cells")) {
            if (cell.get("cell_type").asText().equals("code")) {
                StringBuilder source = new StringBuilder();
                cell.get("source").forEach(line -> source.append(line.asText()));
                cells.add(source.toString());
            }
        }
        assertEquals(scriptCells(), cells, "notebooks/quarry_start.ipynb is out of step with the script: run python3 notebooks/twin.py");
    }

    @Test
    void theScriptRunsOnTheSampleRunsTables() throws Exception {
        String python = System.getenv("QUARRY_PYTHON");
        // .ci/run builds a virtual environment with the notebook's packages and sets QUARRY_PYTHON.
        Assumptions.assumeTrue(python != null && !python.isBlank(),
                "QUARRY_PYTHON is not set: no Python with deltalake, duckdb, polars, pandas and matplotlib to run the notebook");
        Path out = SampleRun.output();
        Path plots = Files.createTempDirectory("quarry-notebook");
        ProcessBuilder pb = new ProcessBuilder(python, SCRIPT.toString()).redirectErrorStream(true);
        pb.environment().put("QUARRY_OUT", out.toString());
        pb.environment().put("QUARRY_PLOTS", plots.toString());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the notebook did not finish");
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.matches("(?s).*quotes: \\d+ rows \\(table version \\d+\\), speakers: \\d+.*"), output);
        assertTrue(Files.size(plots.resolve("quotes_per_month.png")) > 1000, output);
    }
}
