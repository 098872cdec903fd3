package com.brokercrm.datagen.people;

import java.util.SplittableRandom;

/** Chinese personal names: a common surname (with its pinyin, for e-mail addresses) and a given name. */
public final class ChineseNames {

    private static final String[][] SURNAMES = {
        {"王", "wang"}, {"李", "li"}, {"张", "zhang"}, {"刘", "liu"}, {"陈", "chen"}, {"杨", "yang"}, {"黄", "huang"},
        {"赵", "zhao"}, {"吴", "wu"}, {"周", "zhou"}, {"徐", "xu"}, {"孙", "sun"}, {"马", "ma"}, {"朱", "zhu"},
        {"胡", "hu"}, {"郭", "guo"}, {"何", "he"}, {"高", "gao"}, {"林", "lin"}, {"罗", "luo"}, {"郑", "zheng"},
        {"梁", "liang"}, {"谢", "xie"}, {"宋", "song"}, {"唐", "tang"}, {"许", "xu"}, {"韩", "han"}, {"冯", "feng"},
        {"邓", "deng"}, {"曹", "cao"}, {"彭", "peng"}, {"曾", "zeng"}, {"肖", "xiao"}, {"田", "tian"}, {"董", "dong"},
        {"袁", "yuan"}, {"潘", "pan"}, {"于", "yu"}, {"蒋", "jiang"}, {"蔡", "cai"}, {"余", "yu"}, {"杜", "du"},
        {"叶", "ye"}, {"程", "cheng"}, {"苏", "su"}, {"魏", "wei"}, {"吕", "lv"}, {"丁", "ding"}, {"任", "ren"},
        {"沈", "shen"}, {"姚", "yao"}, {"卢", "lu"}, {"姜", "jiang"}, {"崔", "cui"}, {"钟", "zhong"}, {"谭", "tan"},
        {"陆", "lu"}, {"汪", "wang"}, {"范", "fan"}, {"金", "jin"}, {"石", "shi"}, {"廖", "liao"}, {"贾", "jia"},
        {"夏", "xia"}, {"韦", "wei"}, {"方", "fang"}, {"白", "bai"}, {"邹", "zou"}, {"孟", "meng"}, {"熊", "xiong"},
        {"秦", "qin"}, {"邱", "qiu"}, {"江", "jiang"}, {"尹", "yin"}, {"薛", "xue"}, {"段", "duan"}, {"雷", "lei"},
        {"侯", "hou"}, {"龙", "long"}, {"史", "shi"}, {"陶", "tao"}, {"贺", "he"}, {"顾", "gu"}, {"毛", "mao"},
        {"郝", "hao"}, {"龚", "gong"}, {"邵", "shao"}, {"万", "wan"}, {"钱", "qian"}, {"严", "yan"}, {"欧阳", "ouyang"},
        {"司马", "sima"}, {"上官", "shangguan"}
    };
    private static final String MALE = "伟强磊军勇杰涛明超辉刚平斌鹏宇浩俊峰建国文华志东海波龙飞宁晨阳博凯鑫健成林";
    private static final String FEMALE = "芳娜敏静丽艳娟霞燕玲婷雪慧颖琳晶倩洁萍红梅兰欣怡佳悦璐蓉薇妍琪晓丹";

    private ChineseNames() {}

    /** A drawn name: the full name and the surname's pinyin. */
    public record Name(String full, String surnamePinyin) {}

    public static Name draw(boolean male, SplittableRandom rng) {
        // the first surnames are far more common: bias the draw towards the start of the table
        String[] surname = SURNAMES[(int) (SURNAMES.length * Math.pow(rng.nextDouble(), 1.6))];
        String chars = male ? MALE : FEMALE;
        StringBuilder name = new StringBuilder(surname[0]);
        name.append(chars.charAt(rng.nextInt(chars.length())));
        if (rng.nextDouble() < 0.65) {
            name.append(chars.charAt(rng.nextInt(chars.length())));
        }
        return new Name(name.toString(), surname[1]);
    }
}
