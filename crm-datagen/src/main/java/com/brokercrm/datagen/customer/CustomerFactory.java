package com.brokercrm.datagen.customer;

import com.brokercrm.datagen.calendar.TradingDays;
import com.brokercrm.datagen.organisation.Branch;
import com.brokercrm.datagen.organisation.Organisation;
import com.brokercrm.datagen.organisation.Staff;
import com.brokercrm.datagen.organisation.StaffRole;
import com.brokercrm.datagen.people.ChineseNames;
import com.brokercrm.datagen.people.Cities;
import com.brokercrm.datagen.people.City;
import com.brokercrm.datagen.people.Draw;
import com.brokercrm.datagen.people.ResidentIdNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws a client: persona first, then age, wealth, tenure and master data consistent with them,
 * the trading behaviour (from the persona's distribution, or another's for atypical clients), the
 * questionnaire level (only loosely tied to the persona) and, for some, a churn plan.
 */
public final class CustomerFactory {

    /** Configured persona mix, in {@link Persona} order. */
    public static final double[] PERSONA_SHARES = {0.25, 0.45, 0.30};
    /** Share of clients whose behaviour is drawn from another persona's distribution. */
    public static final double ATYPICAL_SHARE = 0.12;

    private static final Persona[] PERSONAS = Persona.values();
    private static final String[] LEVELS = {"C1", "C2", "C3", "C4", "C5"};
    private static final double[][] LEVEL_BY_PERSONA = {
        {0.02, 0.10, 0.25, 0.38, 0.25}, {0.05, 0.20, 0.45, 0.25, 0.05}, {0.25, 0.35, 0.30, 0.08, 0.02}
    };
    private static final double[][] SEGMENT_BASE = {
        {0.30, 0.15, 0.25, 0.08, 0.12, 0.07, 0.03},
        {0.62, 0.04, 0.12, 0.01, 0.02, 0.14, 0.05},
        {0.25, 0.01, 0.03, 0.003, 0.005, 0.36, 0.35}
    };
    private static final String[] BAND = {"LT_100K", "100K_300K", "300K_1M", "1M_5M", "GT_5M"};
    private static final String[] EMAIL_DOMAINS = {"qq.com", "163.com", "126.com", "sina.com", "foxmail.com"};
    private static final String[] MOBILE_PREFIXES = {
        "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156", "158", "159",
        "166", "176", "177", "180", "181", "186", "187", "188", "189", "191", "198", "199"
    };
    private static final String[] RIVALS = {"华泰证券", "中信证券", "东方财富证券", "国泰海通证券", "招商证券", "广发证券", "平安证券", "中国银河证券"};

    private final TradingDays days;
    private final Organisation organisation;
    private final LocalDate end;
    private final double newClientShare;
    private final double churnShare;

    public CustomerFactory(TradingDays days, Organisation organisation, int years) {
        this.days = days;
        this.organisation = organisation;
        this.end = days.last();
        this.newClientShare = Math.min(0.45, 0.11 * years);
        this.churnShare = Math.max(0.08, Math.min(0.12, 0.055 * years));
    }

    /** The client with the given zero-based number, drawn from its own random stream. */
    public CustomerProfile create(int index, SplittableRandom rng) {
        Persona persona = PERSONAS[Draw.index(PERSONA_SHARES, rng)];
        Persona behavesAs = rng.nextDouble() < ATYPICAL_SHARE ? other(persona, rng) : persona;
        boolean male = rng.nextDouble()
                < (persona == Persona.RISK_SEEKING ? 0.68 : persona == Persona.RISK_AVERSE ? 0.57 : 0.48);
        int age = (int) Math.round(
                switch (persona) {
                    case RISK_SEEKING -> Draw.normal(36, 10, 18, 85, rng);
                    case RISK_AVERSE -> Draw.normal(45, 12, 18, 85, rng);
                    case CONSERVATIVE -> Draw.normal(54, 12, 18, 85, rng);
                });
        LocalDate birth = end.minusYears(age).minusDays(rng.nextInt(365));
        Branch branch = organisation.branchFor(rng.nextDouble());
        City home = rng.nextDouble() < 0.88 ? branch.city() : Cities.random(rng);

        LocalDate opening = days.first();
        LocalDate adult = birth.plusYears(18);
        LocalDate openDate;
        boolean isNew = rng.nextDouble() < newClientShare || !adult.isBefore(opening);
        if (!isNew) {
            long tenure = 30 + (long) (-Math.log(1 - rng.nextDouble()) * 6 * 365);
            openDate = opening.minusDays(tenure);
            LocalDate earliest = adult.isAfter(LocalDate.of(1996, 1, 1)) ? adult : LocalDate.of(1996, 1, 1);
            if (openDate.isBefore(earliest)) {
                openDate =
                        earliest.plusDays(rng.nextInt((int) Math.max(1, opening.toEpochDay() - earliest.toEpochDay())));
            }
        } else {
            LocalDate from = adult.isAfter(opening) ? adult : opening.plusDays(1);
            openDate = from.plusDays(rng.nextLong(Math.max(1, end.toEpochDay() - from.toEpochDay() + 1)));
        }
        int firstDay = isNew ? days.indexOnOrAfter(openDate) : 0;
        double tenureYearsAtOpening = (opening.toEpochDay() - openDate.toEpochDay()) / 365.0;

        double median = 35_000
                * Math.exp(0.025 * (age - 45))
                * (persona == Persona.CONSERVATIVE ? 1.3 : persona == Persona.RISK_SEEKING ? 0.8 : 1)
                * (isNew ? 0.6 : 1);
        double assets = rng.nextDouble() < 0.06 ? 100 + 2900 * rng.nextDouble() : Draw.lognormal(median, 1.6, rng);
        assets = Math.min(assets, 300_000_000);
        LocalDate dormantSince = null;
        if (!isNew && rng.nextDouble() < 0.06 && tenureYearsAtOpening > 1) {
            long from = Math.max(
                    openDate.plusDays(180).toEpochDay(), opening.minusYears(5).toEpochDay());
            long to = opening.minusDays(30).toEpochDay();
            if (from < to) {
                dormantSince = LocalDate.ofEpochDay(from + rng.nextLong(to - from));
                assets = 2000 * rng.nextDouble();
            }
        }
        int fundingDay = -1;
        if (isNew) {
            double u = rng.nextDouble();
            fundingDay =
                    u < 0.9 ? firstDay : u < 0.97 ? Math.min(days.size() - 1, firstDay + 10 + rng.nextInt(30)) : -1;
        }
        long startCents = Math.round(assets * 100);

        String occupation = occupation(age, assets, rng);
        String education = education(occupation, rng);
        String incomeBand = incomeBand(assets, occupation, rng);
        int rate = commissionRate(openDate, assets, rng);

        boolean professional =
                assets >= 5_000_000 && rng.nextDouble() < 0.3 || assets >= 3_000_000 && rng.nextDouble() < 0.05;
        String riskLevel = professional || rng.nextDouble() < 0.03
                ? null
                : Draw.pick(LEVELS, LEVEL_BY_PERSONA[persona.ordinal()], rng);
        LocalDate assessed = riskLevel == null ? null : assessedOn(openDate, rng);

        boolean starPermission = tenureYearsAtOpening >= 2 && (assets >= 500_000 || rng.nextDouble() < 0.12);
        boolean marginEligible = !isNew
                && dormantSince == null
                && assets >= 500_000
                && tenureYearsAtOpening >= 0.5
                && (professional || riskLevel != null && riskLevel.compareTo("C4") >= 0);
        Behaviour behaviour = behaviour(behavesAs, starPermission, marginEligible, rng);

        List<Staff> managers = organisation.current(branch.index(), StaffRole.ACCOUNT_MANAGER);
        Staff service = Draw.any(managers.toArray(new Staff[0]), rng);
        String managerId = rng.nextDouble() < 0.9 ? service.id() : null;
        List<Staff> brokers = organisation.current(branch.index(), StaffRole.BROKER);
        String brokerId = rng.nextDouble() < 0.35 && !brokers.isEmpty()
                ? Draw.any(brokers.toArray(new Staff[0]), rng).id()
                : null;

        ChurnPlan churn = null;
        boolean funded = !isNew || fundingDay >= 0;
        if (dormantSince == null && funded && assets >= 1000) {
            double risk = (rate >= 300 ? 1.3 : 1) * (managerId == null ? 1.3 : 1) * (assets < 5000 ? 0.5 : 1) / 1.05;
            if (rng.nextDouble() < churnShare * risk) {
                churn = churnPlan(
                        isNew ? fundingDay : 0, rate, managerId == null, behavesAs, age, assets, behaviour, rng);
            }
        }

        if (churn != null && churn.type().endsAccount() && assessed != null) {
            LocalDate closed = days.date(churn.eventDay());
            if (assessed.isAfter(closed)) {
                LocalDate earlier = closed.minusDays(rng.nextInt(700));
                assessed = earlier.isBefore(openDate) ? openDate : earlier;
            }
        }
        ChineseNames.Name name = ChineseNames.draw(male, rng);
        String areaCode = Draw.any((rng.nextDouble() < 0.7 ? branch.city() : Cities.random(rng)).areaCodes(), rng);
        String idNumber = ResidentIdNumber.of(areaCode, birth, rng.nextInt(1000), male);
        return new CustomerProfile(
                index,
                String.format("C%08d", index + 1),
                name.full(),
                rng.nextDouble() < 0.01 ? null : male ? "M" : "F",
                rng.nextDouble() < 0.02 ? null : birth,
                rng.nextDouble() < 0.03 ? null : idNumber,
                rng.nextDouble() < 0.04 ? null : phone(rng),
                rng.nextDouble() < 0.45 ? null : email(name.surnamePinyin(), birth, rng),
                rng.nextDouble() < 0.05 ? null : home.name(),
                rng.nextDouble() < 0.12 ? null : occupation,
                rng.nextDouble() < 0.15 ? null : education,
                rng.nextDouble() < 0.10 ? null : incomeBand,
                openDate,
                branch,
                managerId,
                brokerId,
                service.id(),
                professional ? "PROFESSIONAL" : "ORDINARY",
                riskLevel,
                assessed,
                age,
                persona,
                behavesAs,
                behaviour,
                firstDay,
                fundingDay,
                startCents,
                rate,
                channelWeights(age, rng),
                dormantSince,
                churn,
                starPermission);
    }

    private static Persona other(Persona persona, SplittableRandom rng) {
        Persona[] others =
                java.util.Arrays.stream(PERSONAS).filter(p -> p != persona).toArray(Persona[]::new);
        return others[rng.nextInt(others.length)];
    }

    private static Behaviour behaviour(
            Persona p, boolean starPermission, boolean marginEligible, SplittableRandom rng) {
        double[] w = SEGMENT_BASE[p.ordinal()].clone();
        for (int i = 0; i < w.length; i++) {
            w[i] *= Math.exp(0.5 * rng.nextGaussian());
        }
        if (!starPermission) {
            double moved = w[1] + w[3];
            w[1] = 0;
            w[3] = 0;
            double highRisk = w[2] + w[4];
            if (highRisk > 0) {
                w[2] += moved * w[2] / highRisk;
                w[4] += moved * w[4] / highRisk;
            } else {
                w[0] += moved;
            }
        }
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= sum;
        }
        double holdMedian;
        int positions;
        double equity;
        double buy;
        double disposition;
        double marginChance;
        double flowsPerYear;
        switch (p) {
            case RISK_SEEKING -> {
                holdMedian = 6;
                positions = 1 + Draw.poisson(1.0, rng);
                equity = Draw.normal(0.9, 0.08, 0.5, 1, rng);
                buy = 0.5;
                disposition = 0.6;
                marginChance = 0.6;
                flowsPerYear = 4;
            }
            case RISK_AVERSE -> {
                holdMedian = 20;
                positions = 2 + Draw.poisson(2.0, rng);
                equity = Draw.normal(0.7, 0.12, 0.3, 0.95, rng);
                buy = 0.2;
                disposition = 0.4;
                marginChance = 0.2;
                flowsPerYear = 3;
            }
            default -> {
                holdMedian = 70;
                positions = 3 + Draw.poisson(2.5, rng);
                equity = Draw.normal(0.55, 0.15, 0.2, 0.9, rng);
                buy = 0.08;
                disposition = 0.3;
                marginChance = 0.03;
                flowsPerYear = 2;
            }
        }
        double holding = Math.max(2, Math.min(600, Draw.lognormal(holdMedian, 0.8, rng)));
        boolean margin = marginEligible && rng.nextDouble() < marginChance;
        return new Behaviour(
                w,
                holding,
                Math.min(12, positions),
                equity,
                Math.min(0.95, Draw.lognormal(buy, 0.4, rng)),
                disposition,
                margin,
                margin ? 0.3 + 0.7 * rng.nextDouble() : 0,
                Draw.lognormal(flowsPerYear, 0.5, rng),
                Draw.lognormal(flowsPerYear * 0.8, 0.5, rng));
    }

    private ChurnPlan churnPlan(
            int startDay,
            int rate,
            boolean noManager,
            Persona behavesAs,
            int age,
            double assets,
            Behaviour behaviour,
            SplittableRandom rng) {
        double[] weights = {
            0.25 * (rate >= 300 ? 2 : rate >= 200 ? 1 : 0.5) * (behaviour.turnoverTarget() > 10 ? 1.5 : 1),
            0.20 * (noManager ? 2 : 1),
            0.20 * (behavesAs == Persona.RISK_SEEKING ? 1.6 : 0.8),
            0.15 * (age >= 60 ? 2 : 1),
            0.20 * (assets >= 500_000 ? 1.8 : 1)
        };
        ChurnKind kind = ChurnKind.values()[Draw.index(weights, rng)];
        ChurnType type = kind.type(rng.nextDouble());
        int drift = 15 + rng.nextInt(36);
        int earliest = startDay + drift + 10;
        if (earliest >= days.size()) {
            return null;
        }
        int event = earliest + rng.nextInt(days.size() - earliest);
        double u = rng.nextDouble();
        String reason = u < 0.05
                ? null
                : u < 0.11 ? Draw.any(new String[] {"MARKET", "PLATFORM", "OTHER", "PRODUCT"}, rng) : kind.reasonCode();
        String rival = Draw.any(RIVALS, rng);
        String destination = switch (type) {
            case TRANSFERRED_OUT -> "ANOTHER_BROKER";
            case DORMANT -> "UNKNOWN";
            default ->
                switch (kind) {
                    case COMMISSION_SENSITIVE, COMPETITOR -> "ANOTHER_BROKER";
                    case PERFORMANCE_DRIVEN -> rng.nextBoolean() ? "OTHER_INVESTMENTS" : "UNKNOWN";
                    case LIFE_EVENT -> rng.nextDouble() < 0.6 ? "UNKNOWN" : "OTHER_INVESTMENTS";
                    case SERVICE_POOR -> rng.nextBoolean() ? "UNKNOWN" : "ANOTHER_BROKER";
                };
        };
        if (rng.nextDouble() < 0.1) {
            destination = null;
        }
        String note = rng.nextDouble() < 0.3
                ? null
                : switch (kind) {
                    case COMMISSION_SENSITIVE -> "客户称" + rival + "佣金万0.85免五, 要求下调未果";
                    case SERVICE_POOR -> "客户经理长期未联系，客户投诉后离开";
                    case PERFORMANCE_DRIVEN -> "持仓亏损较大, 对投资建议不满";
                    case LIFE_EVENT -> Draw.any(new String[] {"购房首付需要资金", "子女出国留学", "家人医疗支出", "退休后转为银行理财"}, rng);
                    case COMPETITOR -> "被" + rival + "客户经理营销转户";
                };
        return new ChurnPlan(kind, type, event, event - drift, reason, destination, note);
    }

    private LocalDate assessedOn(LocalDate openDate, SplittableRandom rng) {
        long daysBack = rng.nextDouble() < 0.85 ? rng.nextInt(730) : 731 + rng.nextInt(1100);
        LocalDate d = end.minusDays(daysBack);
        return d.isBefore(openDate) ? openDate : d;
    }

    private static String occupation(int age, double assets, SplittableRandom rng) {
        double u = rng.nextDouble();
        if (age < 23 && u < 0.6) {
            return "学生";
        }
        if (age >= 60 && u < 0.75) {
            return "退休";
        }
        if (assets >= 5_000_000) {
            return Draw.pick(
                    new String[] {"私营企业主", "企业高管", "金融从业人员", "自由职业", "个体工商户", "医生"},
                    new double[] {0.35, 0.3, 0.1, 0.1, 0.1, 0.05},
                    rng);
        }
        if (assets >= 500_000) {
            return Draw.pick(
                    new String[] {"企业高管", "私营企业主", "企业职员", "公务员", "医生", "教师", "工程师", "个体工商户", "金融从业人员"},
                    new double[] {0.15, 0.15, 0.2, 0.1, 0.08, 0.07, 0.1, 0.1, 0.05},
                    rng);
        }
        return Draw.pick(
                new String[] {"企业职员", "个体工商户", "工程师", "教师", "公务员", "自由职业", "农民", "无业", "服务业人员"},
                new double[] {0.35, 0.12, 0.1, 0.07, 0.06, 0.1, 0.05, 0.05, 0.1},
                rng);
    }

    private static String education(String occupation, SplittableRandom rng) {
        String[] levels = {"高中及以下", "大专", "本科", "硕士", "博士"};
        double[] w = switch (occupation) {
            case "学生" -> new double[] {0.1, 0.3, 0.55, 0.05, 0};
            case "企业高管", "金融从业人员", "医生", "工程师" -> new double[] {0, 0.05, 0.5, 0.35, 0.1};
            case "农民", "无业", "个体工商户", "服务业人员" -> new double[] {0.6, 0.3, 0.1, 0, 0};
            case "退休" -> new double[] {0.5, 0.3, 0.18, 0.02, 0};
            default -> new double[] {0.12, 0.35, 0.45, 0.07, 0.01};
        };
        return Draw.pick(levels, w, rng);
    }

    private static String incomeBand(double assets, String occupation, SplittableRandom rng) {
        double[] w = assets < 50_000
                ? new double[] {0.6, 0.35, 0.05, 0, 0}
                : assets < 500_000
                        ? new double[] {0.25, 0.5, 0.22, 0.03, 0}
                        : assets < 5_000_000
                                ? new double[] {0, 0.25, 0.5, 0.2, 0.05}
                                : new double[] {0, 0, 0.25, 0.45, 0.3};
        int band = Draw.index(w, rng);
        if (band > 0 && (occupation.equals("学生") || occupation.equals("退休") || occupation.equals("无业"))) {
            band--;
        }
        return BAND[band];
    }

    private static int commissionRate(LocalDate openDate, double assets, SplittableRandom rng) {
        int year = openDate.getYear();
        int rate;
        if (year >= 2019) {
            rate = Draw.any(new Integer[] {100, 120, 150, 180, 200, 250}, rng);
        } else if (year >= 2012) {
            rate = Draw.any(new Integer[] {150, 200, 250, 300}, rng);
        } else {
            rate = rng.nextDouble() < 0.35
                    ? Draw.any(new Integer[] {500, 600, 800, 1000}, rng)
                    : Draw.any(new Integer[] {200, 250, 300}, rng);
        }
        if (assets > 1_000_000 && rng.nextDouble() < 0.6) {
            rate = Math.min(rate, 150);
        }
        return rate;
    }

    private static double[] channelWeights(int age, SplittableRandom rng) {
        double[] w = age >= 60 ? new double[] {0.6, 0.1, 0.15, 0.15} : new double[] {0.86, 0.08, 0.04, 0.02};
        double[] own = new double[4];
        own[Draw.index(w, rng)] = 0.8;
        for (int i = 0; i < 4; i++) {
            own[i] += 0.2 * w[i];
        }
        return own;
    }

    private static String phone(SplittableRandom rng) {
        StringBuilder sb = new StringBuilder(11).append(Draw.any(MOBILE_PREFIXES, rng));
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('0' + rng.nextInt(10)));
        }
        return sb.toString();
    }

    private static String email(String pinyin, LocalDate birth, SplittableRandom rng) {
        String domain = Draw.any(EMAIL_DOMAINS, rng);
        if (domain.equals("qq.com") && rng.nextBoolean()) {
            return (10_000_000L + rng.nextLong(2_000_000_000L)) + "@qq.com";
        }
        String local = rng.nextBoolean() ? pinyin + birth.getYear() : pinyin + "." + (100 + rng.nextInt(9900));
        return local + "@" + domain;
    }
}
