package dev.quarry.annotate;

import dev.quarry.config.ConfigLoader;
import dev.quarry.config.QuarryConfig;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelShippingTest {

    @TempDir
    Path dir;

    @Test
    void modelsDirMayBeAnyHadoopUri() {
        QuarryConfig c = ConfigLoader.load(null, null, List.of("models.dir=hdfs://namenode:8020/quarry/models",
                "models.ner=s3a://bucket/ner-v2"));
        Map<ModelPipeline.Kind, String> paths = ModelPipeline.locate(c.models());
        assertEquals("hdfs://namenode:8020/quarry/models/pos", paths.get(ModelPipeline.Kind.POS));
        assertEquals("s3a://bucket/ner-v2", paths.get(ModelPipeline.Kind.NER));
        QuarryConfig local = ConfigLoader.load(null, null, List.of("models.dir=" + dir));
        assertEquals(dir.resolve("pos").toUri().toString().replaceAll("/$", ""), ModelPipeline.locate(local.models()).get(ModelPipeline.Kind.POS));
    }

    @Test
    void modelsOnTheDriversDiskAreCopiedOnceToTheShareRootForTheExecutors() throws Exception {
        Path models = dir.resolve("models");
        for (String kind : List.of("pos", "ner")) {
            Files.createDirectories(models.resolve(kind).resolve("metadata"));
            Files.writeString(models.resolve(kind).resolve("metadata").resolve("part-00000"), "{\"class\":\"" + kind + "\"}");
        }
        Map<ModelPipeline.Kind, String> paths = Map.of(
                ModelPipeline.Kind.POS, models.resolve("pos").toUri().toString(),
                ModelPipeline.Kind.NER, "hdfs://namenode:8020/models/ner");
        SparkSession spark = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate();
        String share = dir.resolve("out").toUri().toString();
        List<String> log = new java.util.ArrayList<>();
        spark.conf().set("spark.quarry.ship-models", "true");
        try {
            Map<ModelPipeline.Kind, String> shipped = ModelShipping.forExecutors(spark, paths, share, "models-abc", log::add);
            Path copy = dir.resolve("out").resolve("_models").resolve("models-abc").resolve("pos");
            assertEquals(copy.toAbsolutePath(), Path.of(java.net.URI.create(shipped.get(ModelPipeline.Kind.POS).replaceFirst("^file:/+", "file:///"))));
            assertEquals("{\"class\":\"pos\"}", Files.readString(copy.resolve("metadata").resolve("part-00000")));
            assertEquals("hdfs://namenode:8020/models/ner", shipped.get(ModelPipeline.Kind.NER), "shared storage is read where it is");
            assertEquals(1, log.size(), log.toString());
            ModelShipping.forExecutors(spark, paths, share, "models-abc", log::add);
            assertEquals(1, log.size(), "a finished copy is not made again: " + log);
            spark.conf().set("spark.quarry.ship-models", "false");
            assertEquals(paths, ModelShipping.forExecutors(spark, paths, share, "models-abc", log::add), "local runs read in place");
        } finally {
            spark.conf().unset("spark.quarry.ship-models");
        }
    }
}
