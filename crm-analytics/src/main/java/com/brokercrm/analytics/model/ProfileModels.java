package com.brokercrm.analytics.model;

import com.brokercrm.analytics.indicator.IndicatorRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Runs the value, risk, habit and need models over every client's indicator row of one as-of date. Rows
 * are scored as they stream in ({@link #add}, {@link #addAll}, or {@link #submit} while the caller reads
 * on); {@link #profiles} then ranks the values into percentiles and tiers, which need all clients. Each
 * client's drivers are written as JSON when it is scored, on the scoring thread.
 */
public final class ProfileModels {

    private record Partial(
            String customerId,
            LocalDate asOf,
            ValueResult value,
            RiskResult risk,
            Map<String, List<Driver>> habits,
            Map<String, List<Driver>> needs,
            String drivers) {}

    /** Batches {@link #submit} may leave scoring while the caller reads the next. */
    private static final int MOST_PENDING = 2;

    /**
     * Scores submitted batches on every core: the common pool keeps one core free for the caller, which
     * reads the next batch, but once the reading is done every core should score.
     */
    private static final ForkJoinPool SCORING =
            new ForkJoinPool(Runtime.getRuntime().availableProcessors());

    private final ModelConfig config;
    private final ValueModel value;
    private final RiskModel risk;
    private final HabitModel habits;
    private final NeedModel needs;
    private final List<Partial> scored = new ArrayList<>();
    private final Deque<CompletableFuture<List<Partial>>> pending = new ArrayDeque<>();

    /** Whether the profiles keep their drivers as lists beside the JSON (false: the JSON only). */
    private final boolean driverLists;

    /** Models whose profiles keep their drivers as lists (as {@link Driver}s) and as JSON. */
    public ProfileModels(ModelConfig config) {
        this(config, true);
    }

    /**
     * Models for a score run that stores the profiles: each profile keeps its drivers as the JSON written
     * to {@code customer_profile} only, and its value, risk, habit and need results carry empty driver
     * lists. Every client's profile is held until the ranking, and the lists are half of it: at 200,000
     * clients the profiles (with the clients' master data) left 1,005 MB live after a full collection with
     * the lists and 508 MB without.
     */
    public static ProfileModels forStore(ModelConfig config) {
        return new ProfileModels(config, false);
    }

    private ProfileModels(ModelConfig config, boolean driverLists) {
        this.config = config;
        this.driverLists = driverLists;
        this.value = new ValueModel(config.value());
        this.risk = new RiskModel(config.risk());
        this.habits = new HabitModel(config.habits());
        this.needs = new NeedModel(config.needs());
    }

    /** Scores one client (facts may be null for a client without master data). */
    public void add(IndicatorRow row, ClientFacts facts) {
        drain();
        scored.add(score(row, facts));
    }

    /**
     * Scores a batch of clients on every core (the models keep no state between clients) and adds them in
     * the batch's order; {@code facts} gives a client's master data, or null.
     */
    public void addAll(List<IndicatorRow> rows, Function<String, ClientFacts> facts) {
        drain();
        scored.addAll(scoreAll(rows, facts));
    }

    /**
     * As {@link #addAll}, but scores the batch in the background (a pool of one thread per core) and
     * returns at once, so that the caller reads the next batch meanwhile; it waits only while {@value
     * #MOST_PENDING} earlier batches are still scoring. The batch is copied; clients keep the order they
     * were submitted in. A failure in the models is thrown by a later call.
     */
    public void submit(List<IndicatorRow> rows, Function<String, ClientFacts> facts) {
        List<IndicatorRow> batch = List.copyOf(rows);
        pending.addLast(CompletableFuture.supplyAsync(() -> scoreAll(batch, facts), SCORING));
        while (pending.size() > MOST_PENDING) {
            takeOldest();
        }
    }

    private List<Partial> scoreAll(List<IndicatorRow> rows, Function<String, ClientFacts> facts) {
        Partial[] out = new Partial[rows.size()];
        IntStream.range(0, out.length)
                .parallel()
                .forEach(
                        i -> out[i] = score(rows.get(i), facts.apply(rows.get(i).customerId())));
        return Arrays.asList(out);
    }

    private void drain() {
        while (!pending.isEmpty()) {
            takeOldest();
        }
    }

    private void takeOldest() {
        try {
            scored.addAll(pending.removeFirst().join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private Partial score(IndicatorRow row, ClientFacts facts) {
        ClientFacts f = facts == null ? ClientFacts.unknown(row.customerId()) : facts;
        ValueResult valued = value.value(row, f);
        RiskResult judged = risk.risk(row, f);
        Map<String, List<Driver>> habitTags = habits.habits(row);
        Map<String, List<Driver>> needTags = needs.needs(row, f);
        String json = ProfileJson.drivers(valued, judged, habitTags, needTags);
        if (driverLists) {
            return new Partial(row.customerId(), row.asOf(), valued, judged, habitTags, needTags, json);
        }
        return new Partial(
                row.customerId(),
                row.asOf(),
                valued.withoutDrivers(),
                judged.withoutDrivers(),
                tagsOnly(habitTags),
                tagsOnly(needTags),
                json);
    }

    /** The tags, in their order, without their drivers. */
    private static Map<String, List<Driver>> tagsOnly(Map<String, List<Driver>> tags) {
        if (tags.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Driver>> out = new LinkedHashMap<>();
        tags.keySet().forEach(tag -> out.put(tag, List.of()));
        return Collections.unmodifiableMap(out);
    }

    /** Clients scored so far (waiting for the batches still scoring). */
    public int size() {
        drain();
        return scored.size();
    }

    /**
     * Each value's percentile: the share of values below it, ties counting half, 0-100, rounded to 4
     * decimals. One sort of the values; then a client's rank is where its value first and last appears.
     */
    static double[] percentiles(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = values.length;
        double[] percentile = new double[n];
        for (int k = 0; k < n; k++) {
            int below = firstAtLeast(sorted, values[k]);
            int ties = firstAtLeast(sorted, values[k] + 1) - below;
            percentile[k] = ValueModel.round(100.0 * (below + ties / 2.0) / n, 4);
        }
        return percentile;
    }

    private static int firstAtLeast(long[] sorted, long value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static long cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

    /**
     * The profiles of every client added, with the value percentile (share of clients valued lower, ties
     * counting half, 0-100) and the tier it falls in.
     */
    public List<Profile> profiles(long runId) {
        drain();
        int n = scored.size();
        double[] percentile = percentiles(
                scored.stream().mapToLong(s -> cents(s.value().clientValue())).toArray());
        List<Profile> profiles = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Partial s = scored.get(k);
            profiles.add(new Profile(
                    s.customerId(),
                    s.asOf(),
                    runId,
                    s.value(),
                    percentile[k],
                    Tier.of(percentile[k], config.value()),
                    s.risk(),
                    s.habits(),
                    s.needs(),
                    s.drivers()));
        }
        return profiles;
    }
}
