package com.brokercrm.datagen.organisation;

import com.brokercrm.datagen.people.City;
import java.time.LocalDate;

/**
 * A branch office (营业部).
 *
 * @param index position in the organisation's branch list
 * @param regionIndex index of its region in the organisation's region list
 * @param weight relative share of the clients it holds
 */
public record Branch(
        int index, String id, String name, City city, int regionIndex, LocalDate openedOn, double weight) {}
