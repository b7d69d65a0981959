package dev.quarry.tables;

import org.apache.spark.sql.types.DataType;

/** One column of a table: its Spark type, whether it may be null, and what it means. */
public record Column(String name, DataType type, boolean nullable, String description) {
}
