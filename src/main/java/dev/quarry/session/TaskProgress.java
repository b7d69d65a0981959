package dev.quarry.session;

import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple4;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the running Spark jobs are, from Spark's own events: tasks done of the stages submitted,
 * and the values of the accumulators a stage registers with {@link #track}. Accumulators reach the
 * driver when a task ends and, for tasks still running, with each executor heartbeat
 * ({@code spark.executor.heartbeatInterval}, 10 s by default), so a long annotate task shows progress
 * before it ends.
 */
public final class TaskProgress extends SparkListener {

    private final Map<Long, String> tracked = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> finished = new ConcurrentHashMap<>();
    /** Per running task: its latest heartbeat values, by accumulator name. */
    private final Map<Long, Map<String, Long>> running = new ConcurrentHashMap<>();
    /** Tasks that ended: a heartbeat sent before a task ended may arrive after, and must not count it again. */
    private final java.util.Set<Long> ended = ConcurrentHashMap.newKeySet();
    /** Per running stage: its task count, and how many of them are done; a stage leaves when it completes. */
    private final Map<Integer, long[]> stages = new ConcurrentHashMap<>();

    /** Reports this accumulator's value, under its name, from now on. */
    public void track(LongAccumulator accumulator) {
        String name = accumulator.name().getOrElse(() -> "accumulator " + accumulator.id());
        tracked.put(accumulator.id(), name);
        finished.putIfAbsent(name, new AtomicLong());
    }

    /** The tracked accumulator's value: finished tasks plus the last heartbeat of running ones. */
    public long value(String name) {
        AtomicLong done = finished.get(name);
        long v = done == null ? 0 : done.get();
        for (Map<String, Long> task : running.values()) {
            v += task.getOrDefault(name, 0L);
        }
        return v;
    }

    /** Tasks done, of the stages running now. */
    public long tasksDone() {
        return stages.values().stream().mapToLong(s -> s[1]).sum();
    }

    /** Tasks of the stages running now. */
    public long tasksSubmitted() {
        return stages.values().stream().mapToLong(s -> s[0]).sum();
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted stage) {
        stages.put(stage.stageInfo().stageId(), new long[] {stage.stageInfo().numTasks(), 0});
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted stage) {
        stages.remove(stage.stageInfo().stageId());
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        ended.add(end.taskInfo().taskId());
        running.remove(end.taskInfo().taskId());
        long[] stage = stages.get(end.stageId());
        if (stage != null && stage[1] < stage[0]) {
            stage[1]++;
        }
        if (!end.taskInfo().successful()) {
            return;
        }
        scala.collection.Iterator<AccumulableInfo> it = end.taskInfo().accumulables().iterator();
        while (it.hasNext()) {
            AccumulableInfo a = it.next();
            String name = tracked.get(a.id());
            if (name != null && a.update().isDefined()) {
                finished.get(name).addAndGet(asLong(a.update().get()));
            }
        }
    }

    @Override
    public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
        scala.collection.Iterator<Tuple4<Object, Object, Object, scala.collection.Seq<AccumulableInfo>>> tasks =
                update.accumUpdates().iterator();
        while (tasks.hasNext()) {
            Tuple4<Object, Object, Object, scala.collection.Seq<AccumulableInfo>> t = tasks.next();
            long taskId = (Long) t._1();
            if (ended.contains(taskId)) {
                continue;
            }
            scala.collection.Iterator<AccumulableInfo> it = t._4().iterator();
            Map<String, Long> values = null;
            while (it.hasNext()) {
                AccumulableInfo a = it.next();
                String name = tracked.get(a.id());
                if (name != null && a.update().isDefined()) {
                    if (values == null) {
                        values = new ConcurrentHashMap<>();
                    }
                    values.put(name, asLong(a.update().get()));
                }
            }
            if (values != null) {
                running.put(taskId, values);
            }
        }
    }

    private static long asLong(Object value) {
        return value instanceof Number n ? n.longValue() : 0L;
    }
}
