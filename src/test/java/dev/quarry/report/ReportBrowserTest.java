package dev.quarry.report;

import dev.quarry.samples.SampleRun;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Opens the sample run's report in headless Chromium (installed by .ci/run from Debian's chromium
 * package): every figure must hold a drawn chart or a note saying why it is empty, the page must log
 * nothing to the console, and a screenshot is saved to target/report-screenshot.png.
 */
class ReportBrowserTest {

    private static String chromium() {
        for (String c : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                if (Files.isExecutable(Path.of(dir, c))) {
                    return Path.of(dir, c).toString();
                }
            }
        }
        fail("headless Chromium is needed for this test: install Debian's chromium package (.ci/run does)");
        return null;
    }

    private static String[] run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
        return new String[] {new String(out), new String(err)};
    }

    @Test
    void everyChartRendersWithoutConsoleErrors() throws Exception {
        Path page = SampleRun.output().resolve("report/report.html");
        assertTrue(Files.isRegularFile(page), "run wrote no report at " + page);
        String browser = chromium();
        List<String> base = new ArrayList<>(List.of(browser, "--headless=new", "--no-sandbox", "--disable-gpu",
                "--enable-logging=stderr", "--v=0", "--window-size=1000,4000"));
        List<String> dump = new ArrayList<>(base);
        dump.add("--dump-dom");
        dump.add(page.toUri().toString());
        String[] result = run(dump.toArray(new String[0]));
        String dom = result[0];
        Matcher figures = Pattern.compile("data-figures=\"(\\d+)\"").matcher(dom);
        Matcher ok = Pattern.compile("data-figures-ok=\"(\\d+)\"").matcher(dom);
        assertTrue(figures.find() && ok.find(), "the page's self-check did not run: " + dom.substring(0, Math.min(500, dom.length())));
        assertTrue(Integer.parseInt(figures.group(1)) >= 8, "expected the report's charts, got " + figures.group(1));
        assertEquals(figures.group(1), ok.group(1), "some figure has neither a drawn chart nor a note saying why");
        List<String> console = result[1].lines().filter(l -> l.contains(":CONSOLE")).toList();
        assertTrue(console.isEmpty(), "console output: " + console);
        // At least the volume and coverage charts have data on the samples.
        assertTrue(dom.contains("aria-label=\"Quotes per month\""), "quote volume chart missing");
        assertTrue(dom.contains("aria-label=\"Articles per month\""), "coverage chart missing");

        Path shot = Path.of("target", "report-screenshot.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        List<String> screenshot = new ArrayList<>(base);
        screenshot.add("--screenshot=" + shot);
        screenshot.add(page.toUri().toString());
        run(screenshot.toArray(new String[0]));
        assertTrue(Files.size(shot) > 10_000, "screenshot too small to show the charts");
    }
}
