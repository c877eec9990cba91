package dev.tracker.roadmap;

import dev.tracker.graph.Roadmap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The files a run has to parse, parsed on as many cores as there are: a cold start on a large
 * set of roadmaps is mostly parsing. Each parse keeps its own deadline and stack (see
 * {@link ParseWorker}); results come back in file order, so ids, roadmaps and warnings are
 * the same as parsing one after the other.
 */
final class ParallelParses {
    /** One file to parse: its id, name and text. */
    record Job(String id, String fileName, String text) {
    }

    /** A parse's roadmap, or why it was refused. */
    record Outcome(Roadmap roadmap, RoadmapRefused refused) {
    }

    private ParallelParses() {
    }

    static List<Outcome> run(List<Job> jobs, Duration deadline) {
        return run(jobs, deadline, LoadBudget.UNBOUNDED);
    }

    /** As {@link #run(List, Duration)}; a file not parsed when {@code budget} runs out is refused (passing). */
    static List<Outcome> run(List<Job> jobs, Duration deadline, LoadBudget budget) {
        int threads = Math.min(jobs.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            List<Outcome> outcomes = new ArrayList<>();
            jobs.forEach(job -> outcomes.add(parse(job, deadline, budget)));
            return outcomes;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "tracker-roadmap-loader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            jobs.forEach(job -> futures.add(pool.submit(() -> parse(job, deadline, budget))));
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RoadmapRefused.passing("interrupted while parsing", e);
        } catch (ExecutionException e) { // parse() returns refusals, so this is a bug or an Error
            if (e.getCause() instanceof Error) {
                throw (Error) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome parse(Job job, Duration deadline, LoadBudget budget) {
        try {
            return new Outcome(MarkdownRoadmapParser.parseWithin(job.id(), job.fileName(), job.text(), deadline, budget), null);
        } catch (RoadmapRefused e) {
            return new Outcome(null, e);
        }
    }
}
