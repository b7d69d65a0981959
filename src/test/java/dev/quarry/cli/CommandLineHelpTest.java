package dev.quarry.cli;

import dev.quarry.QuarryVersion;
import dev.quarry.config.InputFormat;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineHelpTest {

    @Test
    void formatHelpNamesEveryInputFormat() {
        for (InputFormat f : InputFormat.values()) {
            assertTrue(CommonOptions.FORMATS.contains(f.code()), "--format's help lacks " + f.code());
        }
        String help = new CommandLine(new QuarryCli()).getSubcommands().get("run").getUsageMessage();
        assertTrue(help.contains("sgml, warc, parquet, orc"), help);
    }

    @Test
    void versionComesFromThePom() {
        String v = QuarryVersion.get();
        assertFalse(v.isBlank() || v.contains("${"), v);
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new QuarryCli());
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("--version"));
        assertEquals("quarry " + v, out.toString().strip());
    }

    @Test
    void tablesThatDifferHaveTheirOwnExitCodeNotRunFailed() {
        assertTrue(ExitCode.TABLES_DIFFER != ExitCode.RUN_FAILED && ExitCode.TABLES_DIFFER != ExitCode.OK);
        String footer = String.join("\n", new CommandLine(new QuarryCli()).getCommandSpec().usageMessage().footer());
        assertTrue(footer.contains(ExitCode.TABLES_DIFFER + " compare found differences"), footer);
    }
}
