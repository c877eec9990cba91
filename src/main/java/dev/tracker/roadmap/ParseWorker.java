package dev.tracker.roadmap;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Runs one parse on a thread of its own, with a large stack and a deadline. The deadline
 * counts the CPU time the parse uses, so that a busy machine does not make a plain roadmap
 * fail, and the wall-clock time is capped at {@link #WALL_CLOCK_FACTOR} times that as well.
 * Whatever goes wrong there (a stack overflow, memory exhausted, a bug in Flexmark, the
 * deadline passed) comes back as a {@link RoadmapRefused} with a one-line reason.
 */
final class ParseWorker {
    static final int WALL_CLOCK_FACTOR = 3;
    /** How often the CPU time is looked at; a parse done sooner never loads the management beans. */
    private static final long SLICE_MILLIS = 100;

    private ParseWorker() {
    }

    /**
     * The result of {@code parse}, given the switch that the deadline turns on: the parse reads
     * its text through a {@link CancellableText} on that switch, so that it stops soon after.
     */
    static <T> T run(Function<AtomicBoolean, T> parse, Duration deadline) {
        return run(parse, deadline, LoadBudget.UNBOUNDED);
    }

    /** As {@link #run(Function, Duration)}, stopped as well when the command's {@code budget} runs out. */
    static <T> T run(Function<AtomicBoolean, T> parse, Duration deadline, LoadBudget budget) {
        if (budget.expired()) {
            throw budget.refusal();
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        FutureTask<T> task = new FutureTask<>(() -> parse.apply(cancelled));
        Thread worker = new Thread(null, task, "tracker-roadmap-parser", ParseLimits.PARSE_STACK_BYTES);
        worker.setDaemon(true); // a parse that ignores its cancellation must not keep the process alive
        long start = System.nanoTime();
        worker.start();
        try {
            while (true) {
                try {
                    return task.get(Math.min(SLICE_MILLIS, Math.max(1, deadline.toMillis())), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    long wall = System.nanoTime() - start;
                    if (budget.expired()) {
                        cancelled.set(true);
                        throw budget.refusal();
                    }
                    if (wall > WALL_CLOCK_FACTOR * deadline.toNanos()) {
                        cancelled.set(true);
                        throw RoadmapRefused.passing("still parsing after " + ParseLimits.duration(deadline.multipliedBy(
                                WALL_CLOCK_FACTOR)) + " on a busy machine, the most a roadmap may take", e);
                    }
                    if (cpuTime(worker, wall) > deadline.toNanos()) {
                        cancelled.set(true);
                        throw new RoadmapRefused("still parsing after " + ParseLimits.duration(deadline)
                                + ", the most a roadmap may take", e);
                    }
                }
            }
        } catch (InterruptedException e) {
            cancelled.set(true);
            Thread.currentThread().interrupt();
            throw RoadmapRefused.passing("interrupted while parsing", e);
        } catch (ExecutionException e) {
            throw refusal(e.getCause());
        }
    }

    /** The worker's CPU time where the JVM measures it, else the time since it started. */
    private static long cpuTime(Thread worker, long wall) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.isThreadCpuTimeSupported() ? threads.getThreadCpuTime(worker.getId()) : -1;
        return cpu < 0 ? wall : cpu;
    }

    private static RuntimeException refusal(Throwable failure) {
        if (failure instanceof RoadmapRefused) {
            return (RoadmapRefused) failure;
        }
        if (failure instanceof StackOverflowError) {
            // the stack is unwound by now; lists or quotes nested hundreds deep are not a study plan
            return new RoadmapRefused("nested too deeply to read (the parser ran out of stack)", failure);
        }
        if (failure instanceof OutOfMemoryError) {
            // the worker's objects are garbage once it has ended, so the command can go on
            return RoadmapRefused.passing("too large to parse in the memory this JVM has", failure);
        }
        if (failure instanceof CancellationException) {
            return RoadmapRefused.passing("parse cancelled", failure);
        }
        if (failure instanceof RuntimeException) {
            return new RoadmapRefused("the markdown parser failed on it (" + failure + ")", failure);
        }
        if (failure instanceof Error) {
            throw (Error) failure;
        }
        return new IllegalStateException(failure); // a parse throws no checked exception
    }
}
