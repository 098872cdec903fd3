package com.brokercrm.cli;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "web",
        mixinStandardHelpOptions = true,
        description = {
            "Load a running BrokerCRM (e.g. the demo) with concurrent signed-in users who open client 360 pages",
            "and call the client API, for a bounded time on loopback. Prints p50, p95, p99 and requests per second.",
            "Budget: 360 page p95 under 150 ms on the demo brokerage at 20 users who pause about a second between",
            "requests; a second phase runs the same users back to back and is reported without a budget."
        })
class BenchWebCommand implements Callable<Integer> {

    static final double BUDGET_P95_MS = 150;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CUSTOMER_ID = Pattern.compile("\"customerId\":\"([^\"]+)\"");

    @Option(names = "--url", defaultValue = "http://127.0.0.1:8080", description = "Server (default ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--user", defaultValue = "admin", description = "User to sign in as (default ${DEFAULT-VALUE}).")
    String user;

    @Option(
            names = "--password",
            description = "Password; default: the user's line in the data folder's demo-users.txt.")
    String password;

    @Option(
            names = "--users-file",
            defaultValue = "./data/demo-users.txt",
            description = "Demo users file (default ${DEFAULT-VALUE}).")
    Path usersFile;

    @Option(names = "--concurrency", defaultValue = "20", description = "Concurrent users (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--seconds", defaultValue = "30", description = "Measured seconds (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(
            names = "--warmup",
            defaultValue = "5",
            description = "Unmeasured warm-up seconds (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(
            names = "--clients",
            defaultValue = "2000",
            description = "Distinct clients to visit (default ${DEFAULT-VALUE}).")
    int clients;

    @Option(
            names = "--think-ms",
            defaultValue = "1000",
            description = "Mean pause of each user between requests, uniform in 0.5x-1.5x (default ${DEFAULT-VALUE};"
                    + " 0: back to back). The budget is judged in this phase: a person reads a page before the"
                    + " next click, and one second is far quicker than staff work.")
    int thinkMs;

    @Option(
            names = "--stress-seconds",
            defaultValue = "30",
            description = "Then, without a budget, the same users back to back for this many seconds (default"
                    + " ${DEFAULT-VALUE}; 0: skip). Shows the throughput ceiling of the machine.")
    int stressSeconds;

    @Option(
            names = "--server-pid",
            description = "Process id of the server on this machine: prints its CPU time per request.")
    Long serverPid;

    /** One kind of request and its measured latencies. */
    record Endpoint(String name, List<Long> nanos, int[] errors) {
        Endpoint(String name) {
            this(name, new ArrayList<>(), new int[1]);
        }
    }

    @Override
    public Integer call() throws Exception {
        String secret = password != null ? password : passwordFromFile();
        List<HttpClient> sessions = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            sessions.add(signIn(secret));
        }
        List<String> ids = sampleClients(sessions.get(0));
        System.out.printf(
                "bench web: %s as %s, %d users, %d s warm-up + %d s measured, %,d distinct clients%n",
                url, user, concurrency, warmup, seconds, ids.size());
        System.out.printf(
                "%n%d users, each pausing %d ms on average between requests (the budget applies here):%n",
                concurrency, thinkMs);
        double page95 = phase(sessions, ids, thinkMs, warmup, seconds);
        System.out.printf(
                "360 page p95 %.1f ms against a budget of %.0f ms: %s%n",
                page95, BUDGET_P95_MS, page95 < BUDGET_P95_MS ? "within budget" : "OVER BUDGET");
        if (stressSeconds > 0) {
            System.out.printf(
                    "%nStress, no budget: the same %d users back to back (always %d requests in flight):%n",
                    concurrency, concurrency);
            phase(sessions, ids, 0, warmup, stressSeconds);
        }
        return 0;
    }

    /** One measured run of all users; prints its table and returns the 360 page p95 in ms. */
    private double phase(List<HttpClient> sessions, List<String> ids, int pauseMs, int warmupSeconds, int measured)
            throws Exception {
        long warmupEnd = System.nanoTime() + Duration.ofSeconds(warmupSeconds).toNanos();
        long end = warmupEnd + Duration.ofSeconds(measured).toNanos();
        List<Endpoint[]> perUser = new ArrayList<>();
        long[] serverCpu = new long[2];
        Thread cpuProbe = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(Math.max(0, (warmupEnd - System.nanoTime()) / 1_000_000));
                serverCpu[0] = serverCpuMillis();
                Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000));
                serverCpu[1] = serverCpuMillis();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Endpoint[]>> futures = new ArrayList<>();
            for (HttpClient session : sessions) {
                futures.add(pool.submit(() -> drive(session, ids, pauseMs, warmupEnd, end)));
            }
            for (Future<Endpoint[]> future : futures) {
                perUser.add(future.get());
            }
        }
        double measuredSeconds = measured;
        System.out.printf(
                "%-26s %9s %9s %9s %9s %9s %7s%n",
                "endpoint", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors");
        double page95 = 0;
        long all = 0;
        for (int e = 0; e < 2; e++) {
            List<Long> nanos = new ArrayList<>();
            int errors = 0;
            String name = perUser.get(0)[e].name();
            for (Endpoint[] endpoints : perUser) {
                nanos.addAll(endpoints[e].nanos());
                errors += endpoints[e].errors()[0];
            }
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            all += sorted.length;
            double p95 = percentile(sorted, 0.95);
            if (e == 0) {
                page95 = p95;
            }
            System.out.printf(
                    "%-26s %,9d %9.1f %9.1f %9.1f %9.1f %7d%n",
                    name,
                    sorted.length,
                    sorted.length / measuredSeconds,
                    percentile(sorted, 0.50),
                    p95,
                    percentile(sorted, 0.99),
                    errors);
        }
        System.out.printf("%-26s %,9d %9.1f%n", "all", all, all / measuredSeconds);
        cpuProbe.join();
        if (serverPid != null && serverCpu[1] > 0) {
            System.out.printf(
                    "server CPU: %.2f cores busy, %.1f ms CPU per request%n",
                    (serverCpu[1] - serverCpu[0]) / 1000.0 / measuredSeconds,
                    (double) (serverCpu[1] - serverCpu[0]) / Math.max(1, all));
        }
        return page95;
    }

    private Endpoint[] drive(HttpClient session, List<String> ids, int pauseMs, long warmupEnd, long end) {
        Endpoint page = new Endpoint("360 page /clients/{id}");
        Endpoint api = new Endpoint("API /api/v1/clients/{id}");
        boolean pageTurn = ThreadLocalRandom.current().nextBoolean();
        while (true) {
            long start = System.nanoTime();
            if (start >= end) {
                return new Endpoint[] {page, api};
            }
            String id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
            Endpoint target = pageTurn ? page : api;
            String path = pageTurn ? "/clients/" + id : "/api/v1/clients/" + id;
            pageTurn = !pageTurn;
            int status;
            try {
                status = session.send(get(path), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (IOException | InterruptedException e) {
                status = -1;
            }
            long took = System.nanoTime() - start;
            if (start >= warmupEnd) {
                target.nanos().add(took);
                if (status != 200) {
                    target.errors()[0]++;
                }
            }
            if (pauseMs > 0) {
                try {
                    Thread.sleep(pauseMs / 2 + ThreadLocalRandom.current().nextInt(pauseMs + 1));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new Endpoint[] {page, api};
                }
            }
        }
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(url + path))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
    }

    private HttpClient signIn(String secret) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String form =
                client.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("no sign-in form at " + url + "/login");
        }
        String body = "username=" + encode(user) + "&password=" + encode(secret) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<Void> response = client.send(
                HttpRequest.newBuilder(URI.create(url + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in as " + user + " failed (" + response.statusCode() + " " + location
                    + "); check --user and --password");
        }
        return client;
    }

    /** Client ids spread over the caller's whole scope: random pages of the search API. */
    private List<String> sampleClients(HttpClient session) throws IOException, InterruptedException {
        String first = session.send(get("/api/v1/clients?size=200"), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(first);
        long count = total.find() ? Long.parseLong(total.group(1)) : 0;
        if (count == 0) {
            throw new IllegalStateException("user " + user + " sees no clients");
        }
        long pages = (count + 199) / 200;
        List<String> ids = new ArrayList<>();
        int attempts = 0;
        while (ids.size() < Math.min(clients, count) && attempts++ < 200) {
            long page = ThreadLocalRandom.current().nextLong(pages);
            String body = session.send(
                            get("/api/v1/clients?size=200&page=" + page), HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher id = CUSTOMER_ID.matcher(body);
            while (id.find() && ids.size() < clients) {
                ids.add(id.group(1));
            }
        }
        return ids;
    }

    private String passwordFromFile() throws IOException {
        if (!Files.exists(usersFile)) {
            throw new IllegalStateException("no --password given and no " + usersFile + " (run demo first)");
        }
        return Files.readAllLines(usersFile, StandardCharsets.UTF_8).stream()
                .map(line -> line.split("\t"))
                .filter(parts -> parts.length >= 2 && parts[0].equals(user))
                .map(parts -> parts[1])
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("user " + user + " is not in " + usersFile));
    }

    /** User plus system CPU time of the server process, from /proc (Linux); 0 when unknown. */
    private long serverCpuMillis() {
        if (serverPid == null) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + serverPid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 10; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
