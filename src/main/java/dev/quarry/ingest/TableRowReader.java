package dev.quarry.ingest;

import dev.quarry.config.PublicationDates;
import dev.quarry.config.FieldMapping;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a Parquet or ORC article table to an article, through the column mapping. Timestamp
 * and date columns are taken as they are (UTC); other columns as text. A column the mapping names
 * but the table lacks is simply absent.
 */
public final class TableRowReader implements Serializable {

    private final RecordMapper mapper;

    public TableRowReader(FieldMapping mapping, int maxArticleChars, Instant now, PublicationDates dates) {
        this.mapper = new RecordMapper(mapping, maxArticleChars, now, dates);
    }

    public ReadResult read(String sourceFile, long recordNumber, Row row) {
        StructType schema = row.schema();
        return mapper.map(sourceFile, recordNumber, new RecordMapper.Fields() {
            @Override
            public String text(String field) {
                Object v = value(row, schema, field);
                if (v instanceof Timestamp t) {
                    return t.toInstant().toString();
                }
                if (v instanceof java.sql.Date d) {
                    return d.toLocalDate().toString();
                }
                return v == null || v instanceof scala.collection.Seq<?> || v instanceof List<?> ? null : String.valueOf(v);
            }

            @Override
            public List<String> list(String field) {
                Object v = value(row, schema, field);
                if (v == null) {
                    return null;
                }
                List<String> out = new ArrayList<>();
                if (v instanceof scala.collection.Seq<?> seq) {
                    scala.collection.JavaConverters.seqAsJavaList(seq).forEach(e -> add(out, e));
                } else if (v instanceof List<?> list) {
                    list.forEach(e -> add(out, e));
                } else {
                    add(out, v);
                }
                return out;
            }
        }, null);
    }

    private static void add(List<String> out, Object e) {
        if (e != null && !String.valueOf(e).isBlank()) {
            out.add(String.valueOf(e).strip());
        }
    }

    private static Object value(Row row, StructType schema, String field) {
        int i;
        try {
            i = schema.fieldIndex(field);
        } catch (IllegalArgumentException absent) {
            return null;
        }
        return row.isNullAt(i) ? null : row.get(i);
    }
}
