package org.cardfile.server.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

import org.cardfile.core.server.Activity;

/** The latest activities, newest first, bounded so a busy server keeps a fixed amount. */
public final class ActivityFeed {
    private final int capacity;
    private final Deque<Activity> entries = new ArrayDeque<>();

    public ActivityFeed(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void add(Activity activity) {
        entries.addFirst(activity);
        while (entries.size() > capacity) {
            entries.removeLast();
        }
    }

    public synchronized List<Activity> latest(long officeId, int max) {
        List<Activity> list = new ArrayList<>();
        for (Iterator<Activity> it = entries.iterator(); it.hasNext() && list.size() < max;) {
            Activity a = it.next();
            if (a.officeId() == officeId) {
                list.add(a);
            }
        }
        return list;
    }
}
