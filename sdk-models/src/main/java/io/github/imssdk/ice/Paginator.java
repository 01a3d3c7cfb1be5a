package io.github.imssdk.ice;

import java.time.Instant;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The pages of a List operation, fetched lazily: a page is requested only when iteration
 * reaches it, and iteration stops on an empty or short page, on the last page the service
 * announces, or when a cursor stops moving. Each {@link #iterator()} starts again from the first
 * page. Obtain one from the client ({@code ice.listLiveTranscodeJobsPaginator(request)}).
 *
 * <pre>{@code
 * for (LiveTranscodeJob job : ice.listLiveTranscodeJobsPaginator(b -> b.pageSize(100)).items()) {
 *     ...
 * }
 * long running = ice.listLiveTranscodeJobsPaginator(b -> b.status(LiveTranscodeJobStatus.RUNNING))
 *     .itemStream().count();
 * }</pre>
 *
 * @param <P> the page (response) type
 * @param <T> the item type
 */
public final class Paginator<P, T> implements Iterable<P> {
    private final Supplier<Stepper<P>> steppers;
    private final Function<P, List<T>> items;

    private Paginator(Supplier<Stepper<P>> steppers, Function<P, List<T>> items) {
        this.steppers = steppers;
        this.items = items;
    }

    /** Fetches the first page, then each next one; {@code null} ends the iteration. */
    private interface Stepper<P> {
        P first();

        P next(P previous);
    }

    /**
     * Page-number style ({@code PageNo}/{@code PageSize}/{@code TotalCount}).
     *
     * @param firstPage the first page number
     * @param pageSize the page size requested
     * @param fetch fetches a page by number
     * @param items the items of a page
     * @param total the total count a page announces, or {@code null}
     * @param <P> page type
     * @param <T> item type
     * @return the paginator
     */
    public static <P, T> Paginator<P, T> byPageNumber(int firstPage, int pageSize, IntFunction<P> fetch,
                                                      Function<P, List<T>> items, Function<P, Long> total) {
        return new Paginator<>(() -> new Stepper<P>() {
            int page = firstPage;
            long seen;

            @Override
            public P first() {
                return fetch.apply(page);
            }

            @Override
            public P next(P previous) {
                int n = size(items.apply(previous));
                seen += n;
                Long t = total.apply(previous);
                if (n == 0 || n < pageSize || (t != null && seen + (long) (firstPage - 1) * pageSize >= t)) {
                    return null;
                }
                return fetch.apply(++page);
            }
        }, items);
    }

    /**
     * Token style ({@code NextPageToken}).
     *
     * @param firstToken the token of the first page, usually {@code null}
     * @param fetch fetches the page a token names
     * @param items the items of a page
     * @param nextToken the token a page announces for the next one
     * @param <P> page type
     * @param <T> item type
     * @return the paginator
     */
    public static <P, T> Paginator<P, T> byToken(String firstToken, Function<String, P> fetch,
                                                 Function<P, List<T>> items, Function<P, String> nextToken) {
        return new Paginator<>(() -> new Stepper<P>() {
            String token = firstToken;

            @Override
            public P first() {
                return fetch.apply(token);
            }

            @Override
            public P next(P previous) {
                String t = nextToken.apply(previous);
                if (t == null || t.isEmpty() || size(items.apply(previous)) == 0 || t.equals(token)) {
                    return null;
                }
                token = t;
                return fetch.apply(t);
            }
        }, items);
    }

    /**
     * Time-cursor style ({@code NextStartTime} becomes the next {@code StartTime}).
     *
     * @param firstStart the first page's start time
     * @param limit the page size requested
     * @param fetch fetches the page starting at a time
     * @param items the items of a page
     * @param nextStart the start a page announces for the next one
     * @param <P> page type
     * @param <T> item type
     * @return the paginator
     */
    public static <P, T> Paginator<P, T> byTimeCursor(Instant firstStart, int limit, Function<Instant, P> fetch,
                                                      Function<P, List<T>> items, Function<P, Instant> nextStart) {
        return new Paginator<>(() -> new Stepper<P>() {
            Instant start = firstStart;

            @Override
            public P first() {
                return fetch.apply(start);
            }

            @Override
            public P next(P previous) {
                Instant next = nextStart.apply(previous);
                int n = size(items.apply(previous));
                if (next == null || n == 0 || n < limit || (start != null && !next.isAfter(start))) {
                    return null;
                }
                start = next;
                return fetch.apply(next);
            }
        }, items);
    }

    private static int size(List<?> l) {
        return l == null ? 0 : l.size();
    }

    /** @return the pages; the first is fetched on the first {@code hasNext()} */
    @Override
    public Iterator<P> iterator() {
        Stepper<P> stepper = steppers.get();
        return new Iterator<P>() {
            P current;
            boolean started;
            boolean fetched;
            boolean done;

            @Override
            public boolean hasNext() {
                if (done) {
                    return false;
                }
                if (!fetched) {
                    current = started ? stepper.next(current) : stepper.first();
                    started = true;
                    fetched = true;
                    if (current == null) {
                        done = true;
                    }
                }
                return !done;
            }

            @Override
            public P next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                fetched = false;
                return current;
            }
        };
    }

    /** @return every item of every page, pages fetched as iteration reaches them */
    public Iterable<T> items() {
        return () -> new Iterator<T>() {
            final Iterator<P> pages = iterator();
            Iterator<T> page = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!page.hasNext()) {
                    if (!pages.hasNext()) {
                        return false;
                    }
                    List<T> l = items.apply(pages.next());
                    page = l == null ? Collections.emptyIterator() : l.iterator();
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.next();
            }
        };
    }

    /** @return the pages as a sequential, lazy stream */
    public Stream<P> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    /** @return the items as a sequential, lazy stream */
    public Stream<T> itemStream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items().iterator(), Spliterator.ORDERED), false);
    }

    @Override
    public String toString() {
        return "Paginator@" + Integer.toHexString(Objects.hashCode(this));
    }
}
