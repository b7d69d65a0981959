package dev.quarry.tables;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * docs/tables.md documents every table; its column lists must be exactly the schemas in {@link Table}.
 * On a mismatch the message holds the markdown the code expects, ready to paste.
 */
class TablesDocTest {

    private static final Path DOC = Path.of("docs", "tables.md");

    @Test
    void docListsExactlyTheColumnsOfEveryTable() throws Exception {
        List<String> lines = Files.readAllLines(DOC);
        for (Table table : Table.values()) {
            assertEquals(expected(table), documented(lines, table),
                    "docs/tables.md is out of step with Table." + table.name() + "; the code expects:\n"
                            + String.join("\n", expected(table)));
        }
    }

    private static List<String> expected(Table table) {
        List<String> rows = new ArrayList<>();
        for (Column c : table.columns()) {
            rows.add("| `" + c.name() + "` | " + c.type().simpleString() + " | " + (c.nullable() ? "yes" : "no")
                    + " | " + c.description() + " |");
        }
        return rows;
    }

    /** The column rows of the table under the heading "## <name>". */
    private static List<String> documented(List<String> lines, Table table) {
        List<String> rows = new ArrayList<>();
        boolean inSection = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inSection = line.strip().equals("## " + table.tableName());
                continue;
            }
            if (inSection && line.startsWith("| `")) {
                rows.add(line.strip());
            }
        }
        return rows;
    }
}
