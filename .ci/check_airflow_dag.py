"""Loads jobs/airflow/ with Airflow's own DagBag and fails on any import error or a DAG not as meant.

Run by .ci/run in a throwaway virtual environment with Airflow and its Spark provider installed.
"""
import os
import sys
import tempfile

os.environ.setdefault("AIRFLOW_HOME", tempfile.mkdtemp(prefix="quarry-airflow-"))
os.environ.setdefault("AIRFLOW__CORE__LOAD_EXAMPLES", "False")

from airflow.models import DagBag  # noqa: E402
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator  # noqa: E402

folder = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "jobs", "airflow")
try:
    bag = DagBag(dag_folder=folder, include_examples=False)  # Airflow 2
except TypeError:
    bag = DagBag(dag_folder=folder)  # Airflow 3: examples follow AIRFLOW__CORE__LOAD_EXAMPLES
problems = [f"{path}: {err}" for path, err in bag.import_errors.items()]
dag = bag.dags.get("quarry_daily")
if dag is None:
    problems.append("no DAG quarry_daily in " + folder)
else:
    task = dag.get_task("quarry_run")
    if not isinstance(task, SparkSubmitOperator):
        problems.append("quarry_run is not a SparkSubmitOperator")
    if task.retries < 1:
        problems.append("quarry_run does not retry")
    args = " ".join(task.application_args)
    for needed in ("{{ ds }}", "--summary-json", "run"):
        if needed not in args:
            problems.append(f"quarry_run's arguments lack {needed!r}: {args}")
    if task._java_class != "dev.quarry.cli.QuarryCli":
        problems.append("quarry_run does not start dev.quarry.cli.QuarryCli")
if problems:
    print("DAG check failed:\n  " + "\n  ".join(problems))
    sys.exit(1)
print(f"DAG check: {len(bag.dags)} DAG(s) loaded from {folder}, no import errors; quarry_daily has {len(dag.tasks)} task(s)")
