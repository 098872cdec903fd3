package com.brokercrm.datagen;

import com.brokercrm.datagen.calendar.TradingCalendar;
import com.brokercrm.datagen.calendar.TradingDays;
import com.brokercrm.datagen.customer.CustomerFactory;
import com.brokercrm.datagen.customer.CustomerProfile;
import com.brokercrm.datagen.customer.CustomerRows;
import com.brokercrm.datagen.market.Market;
import com.brokercrm.datagen.organisation.Organisation;
import com.brokercrm.datagen.organisation.OrganisationFactory;
import com.brokercrm.datagen.output.Block;
import com.brokercrm.datagen.output.OutputFiles;
import com.brokercrm.datagen.simulation.AccountSimulator;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Generates a synthetic brokerage in the import format v1 files plus {@code truth.csv}.
 *
 * <p>The organisation, securities and prices come from the seed; each client from its own random
 * stream derived from the seed and the client's number. Clients are simulated in blocks on all
 * cores and the blocks are written in order, so the files do not depend on the thread count.
 */
public final class BrokerageGenerator {

    private final int threads;

    public BrokerageGenerator() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** A generator using the given number of worker threads (the output is the same for any). */
    public BrokerageGenerator(int threads) {
        this.threads = Math.max(1, threads);
    }

    public GenerationSummary generate(GeneratorOptions options, GenerationProgress progress) throws IOException {
        long started = System.nanoTime();
        progress.update("setup", 0, 1);
        TradingDays days = TradingCalendar.window(options.endDate(), options.years());
        SplittableRandom root = new SplittableRandom(options.seed());
        Organisation organisation = OrganisationFactory.create(
                options.branches(), options.staff(), days.first(), days.last(), root.split());
        int securities = Math.max(150, Math.min(2500, options.customers() / 20));
        Market market = Market.create(days, securities, root.split());
        SplittableRandom volumeRng = root.split();
        progress.update("setup", 1, 1);
        try (OutputFiles out = new OutputFiles(
                options.outDir(), organisation.regions().size(), days.months().size())) {
            ReferenceFiles.write(out, organisation, market, progress);
            customers(options, organisation, market, out, progress);
            ReferenceFiles.marketVolume(out, organisation, days, volumeRng);
            out.close();
            return new GenerationSummary(out.rowsPerFile(), Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private void customers(
            GeneratorOptions options,
            Organisation organisation,
            Market market,
            OutputFiles out,
            GenerationProgress progress)
            throws IOException {
        TradingDays days = market.days();
        int total = options.customers();
        int blockSize = Math.max(50, Math.min(1000, 250_000 / days.size()));
        int blocks = (total + blockSize - 1) / blockSize;
        int window = threads * 2;
        Deque<Block> free = new ArrayDeque<>();
        for (int i = 0; i < Math.min(window, blocks); i++) {
            free.add(new Block(organisation.regions().size(), days.months().size()));
        }
        ThreadLocal<Worker> workers = ThreadLocal.withInitial(() -> new Worker(organisation, market, options.years()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "datagen-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Block>> pending = new ArrayDeque<>();
            int submitted = 0;
            for (int written = 0; written < blocks; written++) {
                while (submitted < blocks && pending.size() < window) {
                    Block block = free.poll();
                    int from = submitted * blockSize;
                    int to = Math.min(total, from + blockSize);
                    pending.add(pool.submit(() -> workers.get().run(block, from, to, options.seed())));
                    submitted++;
                }
                Block done = await(pending.poll());
                out.write(done);
                done.clear();
                free.add(done);
                progress.update("customers", Math.min(total, (long) (written + 1) * blockSize), total);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Block await(Future<Block> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("generation interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("generation failed", e.getCause());
        }
    }

    /** The random stream of one client: a strong mix of the seed and the client's number. */
    static SplittableRandom customerRandom(long seed, int index) {
        return new SplittableRandom(mix(seed ^ mix(index + 0x632BE59BD9B4E019L)));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    /** Per-thread state: the factory, the simulator and the row writer. */
    private static final class Worker {
        private final CustomerFactory factory;
        private final AccountSimulator simulator;
        private final CustomerRows rows;

        Worker(Organisation organisation, Market market, int years) {
            factory = new CustomerFactory(market.days(), organisation, years);
            simulator = new AccountSimulator(market, organisation);
            rows = new CustomerRows(market.days());
        }

        Block run(Block block, int from, int to, long seed) {
            for (int i = from; i < to; i++) {
                SplittableRandom rng = customerRandom(seed, i);
                CustomerProfile profile = factory.create(i, rng);
                rows.write(profile, block);
                simulator.simulate(profile, rng, block);
                block.countCustomer(profile.branch().regionIndex());
            }
            return block;
        }
    }
}
