package com.brokercrm.datagen.organisation;

import com.brokercrm.datagen.people.ChineseNames;
import com.brokercrm.datagen.people.Cities;
import com.brokercrm.datagen.people.City;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws the branches (one per region first, then by city size) and their staff: each branch has a
 * branch manager, account managers, brokers and advisors; headquarters has call agents, analysts,
 * compliance and administrators; a few former staff have left.
 */
public final class OrganisationFactory {

    private static final String[] ROADS = {
        "人民路", "解放路", "中山路", "建设路", "长江路", "滨江大道", "金融街", "世纪大道", "南京西路", "深南大道", "天府大道",
        "东风路", "北京路", "淮海路", "延安路", "和平路", "新华路", "黄河路", "文化路", "复兴路", "朝阳路", "光明路"
    };

    private OrganisationFactory() {}

    /**
     * Creates {@code branchCount} branches and {@code staffCount} staff. Current staff were hired
     * before {@code windowStart}; former staff left between their hiring and {@code end}.
     */
    public static Organisation create(
            int branchCount, int staffCount, LocalDate windowStart, LocalDate end, SplittableRandom rng) {
        List<Branch> branches = branches(branchCount, rng);
        List<String> regions =
                branches.stream().map(b -> b.city().region()).distinct().toList();
        List<Branch> indexed = new ArrayList<>();
        for (Branch b : branches) {
            indexed.add(new Branch(
                    b.index(),
                    b.id(),
                    b.name(),
                    b.city(),
                    regions.indexOf(b.city().region()),
                    b.openedOn(),
                    b.weight()));
        }
        return new Organisation(regions, indexed, staff(indexed, staffCount, windowStart, end, rng));
    }

    private static List<Branch> branches(int count, SplittableRandom rng) {
        List<Branch> result = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < count; i++) {
            City city = i < Cities.REGIONS.size() ? Cities.ALL.get(i) : Cities.random(rng);
            String name;
            if (roadsTaken(city, names)) {
                // every road of this city already has a branch (hundreds of branches, from about 1M
                // clients): number them instead of drawing a road name for ever
                int n = 2;
                while (!names.add(name = city.name() + "第" + n + "证券营业部")) {
                    n++;
                }
            } else {
                do {
                    name = city.name() + ROADS[rng.nextInt(ROADS.length)] + "证券营业部";
                } while (!names.add(name));
            }
            LocalDate opened = LocalDate.of(1995, 1, 1).plusDays(rng.nextInt(20 * 365));
            double weight = Math.sqrt(city.weight()) * Math.exp(0.5 * rng.nextGaussian());
            result.add(new Branch(i, String.format("B%03d", i + 1), name, city, -1, opened, weight));
        }
        return result;
    }

    private static boolean roadsTaken(City city, Set<String> names) {
        for (String road : ROADS) {
            if (!names.contains(city.name() + road + "证券营业部")) {
                return false;
            }
        }
        return true;
    }

    private static List<Staff> staff(
            List<Branch> branches, int total, LocalDate hiredBy, LocalDate end, SplittableRandom rng) {
        int departed = total >= 50 ? total / 25 : 0;
        int active = total - departed;
        int hq = Math.max(1, active / 12);
        int perBranchPool = active - hq;
        if (perBranchPool < 3 * branches.size()) {
            throw new IllegalArgumentException("need at least 3 staff per branch plus one at headquarters");
        }
        List<Staff> staff = new ArrayList<>();
        Counter ids = new Counter();
        StaffRole[] hqRoles = {StaffRole.CALL_AGENT, StaffRole.HQ_ANALYST, StaffRole.COMPLIANCE, StaffRole.HQ_ADMIN};
        for (int i = 0; i < hq; i++) {
            StaffRole role = hq >= 4 && i < 4
                    ? hqRoles[i]
                    : i == 0 || rng.nextDouble() < 0.6 ? StaffRole.CALL_AGENT : hqRoles[1 + rng.nextInt(3)];
            staff.add(person(ids, role, -1, LocalDate.of(2005, 1, 1), hiredBy, rng));
        }
        double weightSum = branches.stream().mapToDouble(Branch::weight).sum();
        int remaining = perBranchPool - 3 * branches.size();
        int[] extra = new int[branches.size()];
        int assigned = 0;
        for (Branch b : branches) {
            extra[b.index()] = (int) Math.floor(remaining * b.weight() / weightSum);
            assigned += extra[b.index()];
        }
        for (int i = 0; assigned < remaining; i = (i + 1) % branches.size(), assigned++) {
            extra[i]++;
        }
        for (Branch b : branches) {
            staff.add(person(ids, StaffRole.BRANCH_MANAGER, b.index(), b.openedOn(), hiredBy, rng));
            staff.add(person(ids, StaffRole.ACCOUNT_MANAGER, b.index(), b.openedOn(), hiredBy, rng));
            staff.add(person(ids, StaffRole.BROKER, b.index(), b.openedOn(), hiredBy, rng));
            for (int k = 0; k < extra[b.index()]; k++) {
                double u = rng.nextDouble();
                StaffRole role = u < 0.5 ? StaffRole.ACCOUNT_MANAGER : u < 0.85 ? StaffRole.BROKER : StaffRole.ADVISOR;
                staff.add(person(ids, role, b.index(), b.openedOn(), hiredBy, rng));
            }
        }
        for (int i = 0; i < departed; i++) {
            Branch b = branches.get(rng.nextInt(branches.size()));
            Staff p = person(
                    ids,
                    rng.nextBoolean() ? StaffRole.ACCOUNT_MANAGER : StaffRole.BROKER,
                    b.index(),
                    b.openedOn(),
                    end.minusYears(1),
                    rng);
            long span = end.toEpochDay() - p.hiredOn().toEpochDay() - 30;
            LocalDate left = p.hiredOn().plusDays(30 + (span > 0 ? rng.nextLong(span) : 0));
            staff.add(new Staff(p.id(), p.name(), p.role(), p.branchIndex(), p.hiredOn(), left));
        }
        return staff;
    }

    private static Staff person(
            Counter ids, StaffRole role, int branch, LocalDate earliest, LocalDate latest, SplittableRandom rng) {
        LocalDate from = earliest.isBefore(LocalDate.of(2000, 1, 1)) ? LocalDate.of(2000, 1, 1) : earliest;
        long span = Math.max(1, latest.minusDays(30).toEpochDay() - from.toEpochDay());
        LocalDate hired = from.plusDays(rng.nextLong(span));
        String name = ChineseNames.draw(rng.nextDouble() < 0.55, rng).full();
        return new Staff(String.format("S%04d", ids.next()), name, role, branch, hired, null);
    }

    private static final class Counter {
        private int value;

        int next() {
            return ++value;
        }
    }
}
