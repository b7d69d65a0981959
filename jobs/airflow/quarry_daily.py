"""Airflow DAG: Quarry's daily run over the day's archive drop.

One task submits `quarry run` with the cluster jar through Spark (SparkSubmitOperator, connection
`spark_default` unless QUARRY_SPARK_CONN_ID says otherwise), reading the drop folder of the run's
logical date, retrying on failure. Quarry's runs are incremental and safe to repeat, so a retry or a
backfill of the same day reads only what is new. The run writes its summary as JSON (--summary-json);
the task returns it, so its counts (articles, rejects by reason, quotes, stage seconds) are in XCom
for the tasks and alerts that follow.

Settings, from the environment of the Airflow workers (defaults in brackets):
  QUARRY_JAR           the cluster jar, from `mvn -Pcluster -DskipTests package` [/opt/quarry/quarry-cluster.jar]
  QUARRY_DROPS         folder of daily drops, one sub-folder per day, YYYY-MM-DD [hdfs:///drops/news]
  QUARRY_FORMAT        input format [auto]
  QUARRY_OUTPUT        Quarry's output root [hdfs:///quarry/out]
  QUARRY_SUMMARY_DIR   local folder on the worker for the run summaries [/tmp/quarry-summaries]
  QUARRY_MODELS        models.dir: any Hadoop URI, shipped to the executors by the job [hdfs:///quarry/models]
  QUARRY_SPARK_CONN_ID Airflow connection of the Spark master [spark_default]
"""
from __future__ import annotations

import json
import os
from datetime import datetime, timedelta

from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

try:  # Airflow 3
    from airflow.sdk import DAG
except ImportError:  # Airflow 2
    from airflow import DAG

JAR = os.environ.get("QUARRY_JAR", "/opt/quarry/quarry-cluster.jar")
DROPS = os.environ.get("QUARRY_DROPS", "hdfs:///drops/news")
FORMAT = os.environ.get("QUARRY_FORMAT", "auto")
OUTPUT = os.environ.get("QUARRY_OUTPUT", "hdfs:///quarry/out")
SUMMARY_DIR = os.environ.get("QUARRY_SUMMARY_DIR", "/tmp/quarry-summaries")
MODELS = os.environ.get("QUARRY_MODELS", "hdfs:///quarry/models")
CONN_ID = os.environ.get("QUARRY_SPARK_CONN_ID", "spark_default")

# Java 17 closes these packages; Spark and Spark NLP reach into them (the list jobs/quarry passes).
ADD_OPENS = " ".join(
    "--add-opens=java.base/" + p + "=ALL-UNNAMED"
    for p in [
        "java.lang", "java.lang.invoke", "java.lang.reflect", "java.io", "java.net", "java.nio",
        "java.util", "java.util.concurrent", "java.util.concurrent.atomic", "sun.nio.ch", "sun.nio.cs",
        "sun.security.action", "sun.util.calendar",
    ]
)


class QuarryRunOperator(SparkSubmitOperator):
    """spark-submit of a Quarry command that writes --summary-json; returns the summary to XCom."""

    def __init__(self, *, summary_file: str, **kwargs):
        super().__init__(**kwargs)
        self.summary_file = summary_file

    template_fields = tuple(SparkSubmitOperator.template_fields) + ("summary_file",)

    def execute(self, context):
        super().execute(context)
        with open(self.summary_file, encoding="utf-8") as f:
            summary = json.load(f)
        ingest = summary.get("ingest", {})
        self.log.info(
            "quarry run %s: %s articles, %s rejected, %s quotes",
            summary.get("run_id"), ingest.get("articles"), ingest.get("rejected"),
            summary.get("annotate", {}).get("quotes"),
        )
        return summary


with DAG(
    dag_id="quarry_daily",
    description="Quarry: the day's news drop into the quote, entity and speaker tables",
    schedule="30 2 * * *",
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,  # one run at a time writes the output root
    default_args={
        "retries": 2,
        "retry_delay": timedelta(minutes=10),
        "execution_timeout": timedelta(hours=6),
    },
    tags=["quarry"],
) as dag:
    summary_file = SUMMARY_DIR + "/quarry-{{ ds }}.json"
    QuarryRunOperator(
        task_id="quarry_run",
        conn_id=CONN_ID,
        application=JAR,
        java_class="dev.quarry.cli.QuarryCli",
        name="quarry-{{ ds }}",
        application_args=[
            "run",
            "--input", DROPS + "/{{ ds }}",
            "--format", FORMAT,
            "--output", OUTPUT,
            "--set", "models.dir=" + MODELS,
            "--summary-json", "file://" + summary_file,
            "--no-report",
        ],
        conf={
            "spark.driver.extraJavaOptions": ADD_OPENS,
            "spark.executor.extraJavaOptions": ADD_OPENS,
        },
        summary_file=summary_file,
    )
