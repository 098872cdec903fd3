package com.brokercrm.datagen.customer;

import com.brokercrm.datagen.people.Draw;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Background data consistent with age and wealth: occupation (students young, retirees old, business
 * owners and executives rich), education by occupation, income band by assets, the negotiated
 * commission rate by account age and size, order-channel habits by age, and contact details.
 */
final class Demographics {

    private static final String[] BAND = {"LT_100K", "100K_300K", "300K_1M", "1M_5M", "GT_5M"};
    private static final String[] EMAIL_DOMAINS = {"qq.com", "163.com", "126.com", "sina.com", "foxmail.com"};
    private static final String[] MOBILE_PREFIXES = {
        "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156", "158", "159",
        "166", "176", "177", "180", "181", "186", "187", "188", "189", "191", "198", "199"
    };

    private Demographics() {}

    static String occupation(int age, double assets, SplittableRandom rng) {
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

    static String education(String occupation, SplittableRandom rng) {
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

    static String incomeBand(double assets, String occupation, SplittableRandom rng) {
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

    static int commissionRate(LocalDate openDate, double assets, SplittableRandom rng) {
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

    static double[] channelWeights(int age, SplittableRandom rng) {
        double[] w = age >= 60 ? new double[] {0.6, 0.1, 0.15, 0.15} : new double[] {0.86, 0.08, 0.04, 0.02};
        double[] own = new double[4];
        own[Draw.index(w, rng)] = 0.8;
        for (int i = 0; i < 4; i++) {
            own[i] += 0.2 * w[i];
        }
        return own;
    }

    static String phone(SplittableRandom rng) {
        StringBuilder sb = new StringBuilder(11).append(Draw.any(MOBILE_PREFIXES, rng));
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('0' + rng.nextInt(10)));
        }
        return sb.toString();
    }

    static String email(String pinyin, LocalDate birth, SplittableRandom rng) {
        String domain = Draw.any(EMAIL_DOMAINS, rng);
        if (domain.equals("qq.com") && rng.nextBoolean()) {
            return (10_000_000L + rng.nextLong(2_000_000_000L)) + "@qq.com";
        }
        String local = rng.nextBoolean() ? pinyin + birth.getYear() : pinyin + "." + (100 + rng.nextInt(9900));
        return local + "@" + domain;
    }
}
