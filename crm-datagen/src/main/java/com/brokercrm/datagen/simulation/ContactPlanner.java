package com.brokercrm.datagen.simulation;

import com.brokercrm.datagen.calendar.TradingDays;
import com.brokercrm.datagen.customer.ChurnKind;
import com.brokercrm.datagen.customer.ChurnPlan;
import com.brokercrm.datagen.customer.CustomerProfile;
import com.brokercrm.datagen.customer.Persona;
import com.brokercrm.datagen.organisation.Organisation;
import com.brokercrm.datagen.organisation.Staff;
import com.brokercrm.datagen.organisation.StaffRole;
import com.brokercrm.datagen.output.Block;
import com.brokercrm.datagen.output.CsvBuffer;
import com.brokercrm.datagen.output.OutputFile;
import com.brokercrm.datagen.people.Draw;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plans a client's service contacts: routine ones at a rate set by the client's value tier, MOT
 * follow-ups (new account, large withdrawal) and the signals churners give before leaving. Clients
 * of the service-poor kind get far fewer contacts and low satisfaction; the other churners call in
 * about fees, losses, money needs or transfer procedures.
 */
final class ContactPlanner {

    private static final String CALL_IN = "CALL_IN";
    private static final String CALL_OUT = "CALL_OUT";
    private static final String EMAIL = "EMAIL";
    private static final String SMS = "SMS";
    private static final String WEB = "WEB";
    private static final String VISIT = "VISIT";
    private static final String WECHAT = "WECHAT";
    private static final String[] CHANNELS = {CALL_IN, CALL_OUT, EMAIL, SMS, WEB, VISIT, WECHAT};
    private static final double[][] CHANNELS_BY_TIER = {
        {0.2, 0.1, 0.05, 0.35, 0.2, 0, 0.1},
        {0.15, 0.25, 0.05, 0.2, 0.1, 0.05, 0.2},
        {0.1, 0.3, 0.05, 0.1, 0, 0.15, 0.3},
        {0.08, 0.3, 0.04, 0.08, 0, 0.2, 0.3}
    };
    private static final double[] RATE_BY_TIER = {2.5, 5, 10, 18};
    private static final double[] RATING_NORMAL = {0.03, 0.05, 0.12, 0.35, 0.45};
    private static final double[] RATING_NEGLECTED = {0.1, 0.15, 0.3, 0.3, 0.15};
    private static final double[] RATING_COMPLAINING = {0.5, 0.35, 0.15, 0, 0};
    private static final String[] NOTES = {
        "客户询问新股申购规则", "已提醒客户完成风险测评, 客户表示下周办理", "客户反映APP行情刷新慢", "推荐\"稳健理财\"系列产品, 客户有兴趣", "客户咨询融资融券开通条件", "客户关注科创板开通条件"
    };

    private final TradingDays days;
    private final Organisation organisation;
    private final List<Contact> contacts = new ArrayList<>();
    private CustomerProfile p;
    private SplittableRandom rng;
    private long firstEpochDay;
    private long lastEpochDay;

    ContactPlanner(TradingDays days, Organisation organisation) {
        this.days = days;
        this.organisation = organisation;
    }

    /** Starts a client whose account exists from {@code firstDay} to {@code lastDay} (trading-day indexes). */
    void begin(CustomerProfile profile, int firstDay, int lastDay, SplittableRandom random) {
        contacts.clear();
        p = profile;
        rng = random;
        firstEpochDay = days.date(firstDay).toEpochDay();
        lastEpochDay = days.date(lastDay).toEpochDay();
    }

    /** Routine contacts over the whole account life, and a welcome call for a new client. */
    void routine() {
        int tier = p.startAssetsCents() < 10_000_000L
                ? 0
                : p.startAssetsCents() < 100_000_000L ? 1 : p.startAssetsCents() < 1_000_000_000L ? 2 : 3;
        boolean neglected = p.churn() != null && p.churn().kind() == ChurnKind.SERVICE_POOR;
        double rate = RATE_BY_TIER[tier]
                * (p.behavesAs() == Persona.RISK_SEEKING ? 1.2 : 1)
                * (neglected ? 0.35 : 1)
                * (p.dormantSince() != null ? 0.3 : 1);
        double years = (lastEpochDay - firstEpochDay + 1) / 365.0;
        int n = Draw.poisson(rate * years, rng);
        for (int i = 0; i < n; i++) {
            long day = weekday(firstEpochDay + rng.nextLong(lastEpochDay - firstEpochDay + 1));
            String channel = Draw.pick(CHANNELS, CHANNELS_BY_TIER[tier], rng);
            boolean complaining = neglected && p.churn().drifting(tradingIndex(day));
            if (complaining && (channel.equals(CALL_OUT) || channel.equals(VISIT) || channel.equals(WECHAT))) {
                continue; // the neglected client's manager stops reaching out
            }
            double[] ratings = complaining ? RATING_COMPLAINING : neglected ? RATING_NEGLECTED : RATING_NORMAL;
            add(
                    day,
                    channel,
                    topic(channel),
                    outcome(channel),
                    ratings,
                    rng.nextDouble() < 0.08 ? Draw.any(NOTES, rng) : null);
        }
        if (!p.preExisting() && rng.nextDouble() < (neglected ? 0.2 : 0.85)) {
            add(weekday(firstEpochDay + 1 + rng.nextInt(20)), CALL_OUT, "新开户回访", "已告知", RATING_NORMAL, null);
        }
    }

    /** A manager's follow-up call after a large withdrawal (资金往来异动). */
    void largeWithdrawal(int day) {
        boolean neglected = p.churn() != null && p.churn().kind() == ChurnKind.SERVICE_POOR;
        if (rng.nextDouble() < (neglected ? 0.1 : 0.6)) {
            long when = weekday(days.date(day).toEpochDay() + 1 + rng.nextInt(3));
            add(when, CALL_OUT, "资金异动回访", rng.nextBoolean() ? "已告知" : "待跟进", RATING_NORMAL, null);
        }
    }

    /** The calls a churner makes while drifting, and the contact on or after the event. */
    void churnSignals() {
        ChurnPlan c = p.churn();
        if (c == null) {
            return;
        }
        long start = days.date(c.driftStart()).toEpochDay();
        long event = days.date(c.eventDay()).toEpochDay();
        long span = Math.max(1, event - start);
        double[] unhappy = {0.15, 0.45, 0.4, 0, 0};
        switch (c.kind()) {
            case COMMISSION_SENSITIVE -> {
                add(weekday(start + span * 3 / 10), CALL_IN, "佣金咨询", "客户要求降低佣金", unhappy, "客户称其他券商佣金更低, 要求调整");
                if (rng.nextBoolean()) {
                    add(weekday(start + span * 7 / 10), CALL_IN, "佣金咨询", "待跟进", unhappy, null);
                }
            }
            case SERVICE_POOR ->
                add(weekday(start + span / 2), CALL_IN, "投诉", "待跟进", RATING_COMPLAINING, "客户投诉客户经理长期未联系");
            case PERFORMANCE_DRIVEN ->
                add(weekday(start + span * 6 / 10), CALL_IN, "投诉", "已告知", RATING_COMPLAINING, "客户对持仓亏损不满");
            case LIFE_EVENT -> add(weekday(start + span / 5), CALL_IN, "账户咨询", "已解决", RATING_NORMAL, "客户询问大额转出流程");
            case COMPETITOR -> add(Math.max(start, event - 3), CALL_IN, "转户咨询", "已告知", unhappy, "客户咨询转托管流程");
        }
        switch (c.type()) {
            case CLOSED -> add(event, VISIT, "销户办理", "已办理", RATING_NORMAL, null);
            case TRANSFERRED_OUT -> add(event, VISIT, "转托管办理", "已办理", RATING_NORMAL, null);
            case ASSET_OUTFLOW -> {
                if (c.kind() != ChurnKind.SERVICE_POOR) {
                    add(weekday(event + 1 + rng.nextInt(5)), CALL_OUT, "资金异动回访", "客户无意向", RATING_NORMAL, null);
                }
            }
            case DORMANT -> add(event + 30 + rng.nextInt(60), SMS, "休眠账户提醒", "已发送", RATING_NORMAL, null);
        }
    }

    /** Writes the planned contacts in time order. */
    void write(Block block) {
        Collections.sort(contacts);
        for (Contact c : contacts) {
            CsvBuffer b = block.rowWithId(OutputFile.CONTACTS);
            b.comma().ascii(p.id()).comma();
            if (c.staffId() != null) {
                b.ascii(c.staffId());
            }
            b.comma()
                    .ascii(c.channel())
                    .comma()
                    .date(LocalDate.ofEpochDay(c.epochDay()))
                    .ch('T');
            b.timeOfDay(c.secondOfDay()).ascii("+08:00").comma();
            if (c.durationS() >= 0) {
                b.integer(c.durationS());
            }
            b.comma().text(c.topic()).comma().text(c.outcome()).comma();
            if (c.satisfaction() > 0) {
                b.integer(c.satisfaction());
            }
            b.comma().text(c.note()).newline();
        }
    }

    private void add(long epochDay, String channel, String topic, String outcome, double[] ratings, String note) {
        if (epochDay < firstEpochDay || epochDay > lastEpochDay) {
            return;
        }
        boolean rateable = !(channel.equals(SMS) || channel.equals(EMAIL));
        int satisfaction = rateable && rng.nextDouble() < (ratings == RATING_NORMAL ? 0.4 : 0.75)
                ? 1 + Draw.index(ratings, rng)
                : 0;
        int second = channel.equals(CALL_IN) || channel.equals(WEB)
                ? 8 * 3600 + rng.nextInt(13 * 3600)
                : 9 * 3600 + rng.nextInt(9 * 3600);
        int duration = switch (channel) {
            case CALL_IN, CALL_OUT -> Math.max(15, (int) Draw.lognormal(150, 0.6, rng));
            case VISIT -> 900 + rng.nextInt(2700);
            case WEB -> 120 + rng.nextInt(780);
            case WECHAT -> rng.nextBoolean() ? 60 + rng.nextInt(840) : -1;
            default -> -1;
        };
        contacts.add(new Contact(
                epochDay, second, staffFor(channel, topic), channel, duration, topic, outcome, satisfaction, note));
    }

    private String staffFor(String channel, String topic) {
        switch (channel) {
            case CALL_IN, WEB -> {
                List<Staff> agents = organisation.current(-1, StaffRole.CALL_AGENT);
                return rng.nextDouble() < 0.25 || agents.isEmpty()
                        ? p.serviceStaffId()
                        : agents.get(rng.nextInt(agents.size())).id();
            }
            case SMS, EMAIL -> {
                return rng.nextBoolean() ? p.serviceStaffId() : null;
            }
            default -> {
                List<Staff> advisors = organisation.current(p.branch().index(), StaffRole.ADVISOR);
                boolean advice = topic.equals("投资建议") || topic.equals("资产配置");
                return advice && !advisors.isEmpty() && rng.nextDouble() < 0.5
                        ? advisors.get(rng.nextInt(advisors.size())).id()
                        : p.serviceStaffId();
            }
        }
    }

    private String topic(String channel) {
        String[] topics = switch (channel) {
            case CALL_OUT -> new String[] {"回访", "投资建议", "产品推荐", "风险测评提醒", "两融业务介绍", "节日问候"};
            case CALL_IN -> new String[] {"账户咨询", "交易问题", "密码重置", "佣金咨询", "行情咨询", "新股申购"};
            case SMS -> new String[] {"生日祝福", "节日问候", "风险测评提醒", "产品推荐", "新股申购提醒"};
            case EMAIL -> new String[] {"月度对账单", "投资周报", "产品推荐"};
            case WEB -> new String[] {"账户咨询", "交易问题", "密码重置"};
            case VISIT -> new String[] {"投资建议", "资产配置", "产品推荐", "回访"};
            default -> new String[] {"投资建议", "行情咨询", "产品推荐", "节日问候"};
        };
        return Draw.any(topics, rng);
    }

    private String outcome(String channel) {
        return switch (channel) {
            case SMS, EMAIL -> "已发送";
            case CALL_OUT ->
                Draw.pick(
                        new String[] {"已解决", "已告知", "待跟进", "客户无意向", "未接通"},
                        new double[] {0.3, 0.35, 0.15, 0.1, 0.1},
                        rng);
            case VISIT -> Draw.pick(new String[] {"已办理", "已告知", "待跟进"}, new double[] {0.4, 0.4, 0.2}, rng);
            default -> Draw.pick(new String[] {"已解决", "已告知", "待跟进"}, new double[] {0.6, 0.25, 0.15}, rng);
        };
    }

    /** Moves most weekend dates to the next Monday (some contacts do happen at weekends). */
    private long weekday(long epochDay) {
        DayOfWeek dow = LocalDate.ofEpochDay(epochDay).getDayOfWeek();
        if (rng.nextDouble() < 0.85) {
            if (dow == DayOfWeek.SATURDAY) {
                return epochDay + 2;
            }
            if (dow == DayOfWeek.SUNDAY) {
                return epochDay + 1;
            }
        }
        return epochDay;
    }

    private int tradingIndex(long epochDay) {
        int i = days.indexOnOrAfter(LocalDate.ofEpochDay(epochDay));
        return Math.min(i, days.size() - 1);
    }
}
