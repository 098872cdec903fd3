package com.brokercrm.datagen.customer;

import com.brokercrm.datagen.people.Draw;
import java.util.SplittableRandom;

/**
 * Decides whether a client churns in the window and how. About 8-12% of clients churn (more with
 * old high commission rates or no account manager, fewer with tiny accounts); the kind follows the
 * client (commission-sensitive: high rate and turnover; service-poor: no manager; performance-driven:
 * risk seekers; life event: 60 and over; competitor: larger accounts). The drift lasts 15-50 trading
 * days before the event. About 5% of events carry no reason and 6% a noisy one (MARKET, PLATFORM,
 * OTHER, PRODUCT); 10% have no destination.
 */
final class ChurnPlanner {

    private static final String[] RIVALS = {"华泰证券", "中信证券", "东方财富证券", "国泰海通证券", "招商证券", "广发证券", "平安证券", "中国银河证券"};

    private final int windowDays;
    private final double churnShare;

    ChurnPlanner(int windowDays, double churnShare) {
        this.windowDays = windowDays;
        this.churnShare = churnShare;
    }

    /** A churn plan for a client whose account is active from {@code startDay}, or null when it stays. */
    ChurnPlan draw(
            int startDay,
            int rate,
            boolean noManager,
            Persona behavesAs,
            int age,
            double assets,
            Behaviour behaviour,
            SplittableRandom rng) {
        double risk = (rate >= 300 ? 1.3 : 1) * (noManager ? 1.3 : 1) * (assets < 5000 ? 0.5 : 1) / 1.05;
        if (rng.nextDouble() >= churnShare * risk) {
            return null;
        }
        return plan(startDay, rate, noManager, behavesAs, age, assets, behaviour, rng);
    }

    private ChurnPlan plan(
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
        if (earliest >= windowDays) {
            return null;
        }
        int event = earliest + rng.nextInt(windowDays - earliest);
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
}
