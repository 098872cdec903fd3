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
    public static final double ATYPICAL_SHARE = 0.08;

    private static final Persona[] PERSONAS = Persona.values();
    private static final String[] LEVELS = {"C1", "C2", "C3", "C4", "C5"};
    private static final double[][] LEVEL_BY_PERSONA = {
        {0.02, 0.10, 0.25, 0.38, 0.25}, {0.05, 0.20, 0.45, 0.25, 0.05}, {0.25, 0.35, 0.30, 0.08, 0.02}
    };

    private final TradingDays days;
    private final Organisation organisation;
    private final LocalDate end;
    private final double newClientShare;
    private final ChurnPlanner churnPlanner;

    public CustomerFactory(TradingDays days, Organisation organisation, int years) {
        this.days = days;
        this.organisation = organisation;
        this.end = days.last();
        this.newClientShare = Math.min(0.45, 0.11 * years);
        this.churnPlanner = new ChurnPlanner(days.size(), Math.max(0.08, Math.min(0.12, 0.055 * years)));
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

        String occupation = Demographics.occupation(age, assets, rng);
        String education = Demographics.education(occupation, rng);
        String incomeBand = Demographics.incomeBand(assets, occupation, rng);
        int rate = Demographics.commissionRate(openDate, assets, rng);

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
        Behaviour behaviour = BehaviourFactory.draw(behavesAs, starPermission, marginEligible, rng);

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
            churn = churnPlanner.draw(
                    isNew ? fundingDay : 0, rate, managerId == null, behavesAs, age, assets, behaviour, rng);
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
        String id = String.format("C%08d", index + 1);
        return new CustomerProfile(
                index,
                id,
                name.full(),
                rng.nextDouble() < 0.01 ? null : male ? "M" : "F",
                rng.nextDouble() < 0.02 ? null : birth,
                rng.nextDouble() < 0.03 ? null : idNumber,
                rng.nextDouble() < 0.04 ? null : Demographics.phone(rng),
                rng.nextDouble() < 0.45 ? null : Demographics.email(name.surnamePinyin(), birth, rng),
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
                IdCardValidity.expiresOn(id, birth, openDate, end),
                age,
                persona,
                behavesAs,
                behaviour,
                firstDay,
                fundingDay,
                startCents,
                rate,
                Demographics.channelWeights(age, rng),
                dormantSince,
                churn,
                starPermission);
    }

    private static Persona other(Persona persona, SplittableRandom rng) {
        Persona[] others =
                java.util.Arrays.stream(PERSONAS).filter(p -> p != persona).toArray(Persona[]::new);
        return others[rng.nextInt(others.length)];
    }

    private LocalDate assessedOn(LocalDate openDate, SplittableRandom rng) {
        long daysBack = rng.nextDouble() < 0.85 ? rng.nextInt(730) : 731 + rng.nextInt(1100);
        LocalDate d = end.minusDays(daysBack);
        return d.isBefore(openDate) ? openDate : d;
    }
}
