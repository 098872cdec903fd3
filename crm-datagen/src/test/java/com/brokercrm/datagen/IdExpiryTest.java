package com.brokercrm.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import com.brokercrm.datagen.customer.IdCardValidity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * customers.csv carries {@code id_expires_on}, derived from values already drawn and never from the random
 * streams: every other value of every file is byte for byte what it was before the column was added.
 */
class IdExpiryTest {

    /**
     * SHA-256 of each file for 150 clients, 1 year, seed 99, with customers.csv's {@code id_expires_on} taken
     * off again: the column must not move any other value. Pinned anew when the atypical share went from 12%
     * to 8% (2026-11-29), which redraws the atypical clients' behaviour.
     */
    private static final Map<String, String> BEFORE_THE_COLUMN = Map.ofEntries(
            Map.entry("branches.csv", "3ff9e22c4339eac93a45c39f0a3963aea0ccad10fbf42c2ac4bdaa5261a407c4"),
            Map.entry("churn_events.csv", "66e52c0cfcc05aebc43c6bef2b04e1162f38ade02141dc307a45a8e67f663a1d"),
            Map.entry("contacts.csv", "84e30c57a31f4b4566e4a468fd4e51c6614f8472d0f33ffea12f40c54b05a092"),
            Map.entry("customers.csv", "ec9eddf195077bbb9b5bb8145fb2ead7a6214e3a94a8b58be2e29b6f741725b1"),
            Map.entry("daily_assets.csv", "e2a8aedb12d32123e30d4405e769c0a5fbc655657086dce884d4b1d9727bd356"),
            Map.entry("fund_flows.csv", "45852ec602a81da48ae2229c4634af3c4e51f6ad22d751ec806e131636ca137b"),
            Map.entry("market_volume.csv", "69aac8054a20ae68527d527a9441b31face632d9de4ebef2bacf002befb93556"),
            Map.entry("positions.csv", "bd26f6309561640c77896848861f3e0100e6b158f1398db35ee2151897018777"),
            Map.entry("prices.csv", "de15cacbab388bbbfee0402d6676c2c68d9abc722191421a5f5e11632b08e43a"),
            Map.entry("securities.csv", "51d3839b4f13a9bf6eb3e308b8b60f73ac7ef870a3d8f0f30574e5dff5d350ee"),
            Map.entry("staff.csv", "cd6f025c600e9b0c2ebbdcef3d4ea6ea589ebcf8b16f8cdb0b3eed3110582d26"),
            Map.entry("trades.csv", "7b77b19f3c5bfadf260c092c08235745c0e31ebb95bcc2938073e93f30fe2c79"),
            Map.entry("truth.csv", "33c007c5d28c71ac70234aa02fdcf4e314a44eb8c54db76b18da6f42876b02e1"));

    @TempDir
    Path temp;

    private final GeneratedBrokerage g = GeneratedBrokerage.get();

    @Test
    void everyOtherValueIsByteIdenticalToTheFilesWrittenBeforeTheColumn() throws Exception {
        Path dir = temp.resolve("fixed");
        GenerationSummary summary =
                new BrokerageGenerator().generate(GeneratorOptions.of(150, 1, 99, dir), GenerationProgress.NONE);
        Map<String, String> digests = new TreeMap<>();
        for (String file : summary.rowsPerFile().keySet()) {
            byte[] bytes = Files.readAllBytes(dir.resolve(file));
            if (file.equals("customers.csv")) {
                bytes = withoutIdExpiry(new String(bytes, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8);
            }
            digests.put(file, sha256(bytes));
        }
        assertThat(digests)
                .as("a deliberate change of what the generator writes changes these too: pin them anew")
                .isEqualTo(new TreeMap<>(BEFORE_THE_COLUMN));
    }

    @Test
    void customersCarryTheExpiryOfTheirCardOnFileAsTheLastColumn() {
        Csv customers = g.csv("customers.csv");
        assertThat(customers.header()).last().isEqualTo("id_expires_on");
        LocalDate end = GeneratorOptions.DEFAULT_END_DATE;
        int withDate = 0;
        for (Map<String, String> c : customers.maps()) {
            String value = c.get("id_expires_on");
            if (value.isEmpty()) {
                continue;
            }
            withDate++;
            LocalDate expires = LocalDate.parse(value);
            LocalDate opened = LocalDate.parse(c.get("open_date"));
            assertThat(expires).as(c.get("customer_id")).isAfterOrEqualTo(opened);
            if (!c.get("birth_date").isEmpty()) {
                LocalDate birth = LocalDate.parse(c.get("birth_date"));
                assertThat(expires).isAfter(birth);
                assertThat(IdCardValidity.expiresOn(c.get("customer_id"), birth, opened, end))
                        .as("derived from the row's own values")
                        .isEqualTo(expires);
            }
            assertThat(expires).isBefore(end.plusYears(20).plusDays(1));
        }
        assertThat(withDate)
                .as("cards issued at 46 or later are long-term: empty")
                .isBetween(100, 260);
    }

    @Test
    void aRealisticShareOfCardsExpiresSoonAndSomeHaveExpired() {
        LocalDate end = GeneratorOptions.DEFAULT_END_DATE;
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        int n = 40_000;
        int longTerm = 0;
        int expired = 0;
        int within30 = 0;
        int within60 = 0;
        for (int i = 0; i < n; i++) {
            int age = (int) Math.max(18, Math.min(85, 45 + 12 * random.nextGaussian()));
            LocalDate birth = end.minusYears(age).minusDays(random.nextInt(365));
            LocalDate opened = end.minusDays((long) (-Math.log(1 - random.nextDouble()) * 6 * 365));
            if (opened.isBefore(birth.plusYears(18))) {
                opened = birth.plusYears(18);
            }
            LocalDate expires = IdCardValidity.expiresOn("C%08d".formatted(i + 1), birth, opened, end);
            if (expires == null) {
                longTerm++;
                continue;
            }
            assertThat(expires).isAfterOrEqualTo(opened).isAfter(birth);
            long days = ChronoUnit.DAYS.between(end, expires);
            if (days < 0) {
                expired++;
            } else if (days <= 30) {
                within30++;
            } else if (days <= 60) {
                within60++;
            }
        }
        // about 1 in 15 years' worth of cards is renewed in any 60 days; most clients past 46 hold long-term cards
        assertThat(share(longTerm, n)).isBetween(0.25, 0.5);
        assertThat(share(within30, n)).isBetween(0.002, 0.01);
        assertThat(share(within60, n)).isBetween(0.002, 0.01);
        assertThat(share(expired, n)).isBetween(0.005, 0.03);
    }

    @Test
    void validityFollowsTheAgeAtIssue() {
        LocalDate birth = LocalDate.of(1990, 6, 15);
        assertThat(IdCardValidity.expiry(birth, LocalDate.of(2005, 6, 14))).isEqualTo(LocalDate.of(2010, 6, 14));
        assertThat(IdCardValidity.expiry(birth, LocalDate.of(2006, 6, 15))).isEqualTo(LocalDate.of(2016, 6, 15));
        assertThat(IdCardValidity.expiry(birth, LocalDate.of(2016, 6, 14))).isEqualTo(LocalDate.of(2026, 6, 14));
        assertThat(IdCardValidity.expiry(birth, LocalDate.of(2016, 6, 15))).isEqualTo(LocalDate.of(2036, 6, 15));
        assertThat(IdCardValidity.expiry(birth, LocalDate.of(2036, 6, 14))).isEqualTo(LocalDate.of(2056, 6, 14));
        assertThat(IdCardValidity.expiry(birth, LocalDate.of(2036, 6, 15))).isNull();
    }

    private static double share(int count, int of) {
        return count / (double) of;
    }

    /** Takes the trailing id_expires_on field off every line (a date or nothing: it never needs quotes). */
    static String withoutIdExpiry(String customers) {
        StringBuilder out = new StringBuilder(customers.length());
        for (String line : customers.split("\n", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            if (line.isEmpty()) {
                continue;
            }
            if (line.endsWith(",id_expires_on")) {
                out.append(line, 0, line.length() - ",id_expires_on".length());
            } else {
                assertThat(line).matches(".*,([0-9]{4}-[0-9]{2}-[0-9]{2})?");
                out.append(line, 0, line.lastIndexOf(','));
            }
        }
        return out.toString();
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
