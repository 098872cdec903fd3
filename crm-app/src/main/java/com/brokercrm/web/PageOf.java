package com.brokercrm.web;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list: the items, where the page sits (0-based) and how many there are in all. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public int lastPage() {
        return (int) Math.max(0, (total - 1) / Math.max(1, size));
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page < lastPage();
    }

    public <R> PageOf<R> map(Function<T, R> mapper) {
        return new PageOf<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** Keeps a requested page number and size within sane bounds. */
    public static int clampSize(int size, int defaultSize, int max) {
        return size <= 0 ? defaultSize : Math.min(size, max);
    }

    public static int clampPage(int page) {
        return Math.max(0, page);
    }
}
