package com.brokercrm.datagen.people;

/**
 * A city the brokerage has clients in.
 *
 * @param areaCodes six-digit administrative division codes of some of its districts (the first six
 *     characters of a resident ID issued there)
 * @param weight relative size of its investor population
 */
public record City(String name, String region, String[] areaCodes, double weight) {}
