/* Bounded traces: the flight recorder (--last: the oldest events deleted while tracing) and the stop conditions (--duration, --max-size). */
#include "internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/*
 * Bytes per event of the events_thread_ts index built at the end: thread id, time stamp and
 * row id per entry, in pages CREATE INDEX fills; nginx's 1.8 M events made 17.1 bytes each.
 */
#define INDEX_BYTES_PER_EVENT 18
/*
 * Share of a size bound the rows may fill while tracing, the index they will have at the end
 * counted in: the rest is room for the free pages the last trim leaves, the rows written at
 * the end (threads, counters, locks) and what the drainer still holds when recording stops.
 */
#define FILL_SHARE 0.92
/* A trim over the bound leaves this share of it, so that the next batches do not each trim. */
#define TRIM_TO 0.97
/* A batch (one commit) is at most about 1/32 of a size bound: trims are that fine. */
#define BATCHES_PER_BOUND 32
#define EVENT_BYTES_GUESS 100
/* The write-ahead log is copied into the file once it is this large (a bound's share, or 8 MiB). */
#define WAL_MAX_BYTES (8ull << 20)
/*
 * A segment holds at most SEG_ROWS rows, and past SEG_FEW rows at most SEG_SPAN_NS of end
 * times: a trim scans at most a segment's rows for each segment its time cut falls in, and its
 * estimate of how many rows end before a time (rows spread evenly over a segment's span) is off
 * by at most a span's rows, or SEG_FEW.  Sparse events (one every second for days) still make
 * at most one segment per SEG_FEW rows.
 */
#define SEG_ROWS 4096u
#define SEG_FEW 64u
#define SEG_SPAN_NS 50000000ull

/* One committed transaction: the largest sample row ids it left, and when. */
struct batch {
    int64_t max_tsample, max_msample;
    uint64_t commit_ns;
};

/*
 * A run of stored events with consecutive row ids, and the earliest and latest of their end
 * times.  The writer stores a thread's queue at a time, so ids follow time only within a
 * thread: when it lags, one thread's whole backlog (seconds of it) lies before another's.  A
 * trim by time deletes whole the segments that ended before its cut and, in the few its cut
 * falls in, the rows that did (one range scan each); no index on time is kept while tracing.
 */
struct seg {
    int64_t lo;                 /* first row id; 0 while its rows are in the batch */
    uint32_t n, left;           /* rows stored in it, rows of it not deleted */
    uint64_t min_end, max_end;  /* of the rows left */
};

struct weft__bound {
    uint64_t last_ns, last_bytes, duration_ns, max_bytes;
    uint64_t sample_margin_ns;  /* samples kept before the window (counters interpolated at its start) */
    struct batch *b;            /* oldest first; dropped once their samples are deleted */
    size_t nb, cap;
    struct seg *seg;            /* flight recorder: the events stored, oldest id first */
    size_t nseg, segcap;
    int64_t rows;               /* events stored and not deleted */
    int64_t tsample_cut, msample_cut; /* samples up to these row ids are deleted */
    uint64_t left_out_before, left_out_meta;
    const char *stop_reason;
    int stop_in_meta;
    uint64_t left_out_after_meta;
    int64_t page_size;
};
/* The first column of the first row of SQL (0 when NULL or none); 0 or the sticky error. */
static int q_int(struct weft_collector *c, const char *sql, int64_t arg, int64_t *v, int64_t *v2)
{
    sqlite3_stmt *s = NULL;
    *v = 0;
    if (v2)
        *v2 = 0;
    if (c->err)
        return c->err;
    int rc = sqlite3_prepare_v2(c->db, sql, -1, &s, NULL);
    if (rc != SQLITE_OK)
        return weft__db_fail(c, rc);
    if (sqlite3_bind_parameter_count(s))
        sqlite3_bind_int64(s, 1, arg);
    rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        *v = sqlite3_column_int64(s, 0);
        if (v2)
            *v2 = sqlite3_column_int64(s, 1);
        rc = SQLITE_DONE;
    }
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : weft__db_fail(c, rc);
}

/* Runs SQL with ?1 = ARG. */
static int exec_int(struct weft_collector *c, const char *sql, int64_t arg)
{
    int64_t unused;
    return q_int(c, sql, arg, &unused, NULL);
}

int weft__bound_open(struct weft_collector *c, const struct weft_collector_opts *o)
{
    if (!o->last_ns && !o->last_bytes && !o->duration_ns && !o->max_bytes)
        return 0;
    /* The size bounds count on the events index being built at the end (its room is kept
     * aside), and a live index would slow the trimming deletes: none while tracing. */
    c->live_index = 0;
    int dr = weft__db_exec(c, "DROP INDEX IF EXISTS events_thread_ts");
    if (dr)
        return dr;
    struct weft__bound *b = calloc(1, sizeof(*b));
    if (!b)
        return -ENOMEM;
    c->bound = b;
    b->last_ns = o->last_ns;
    b->last_bytes = o->last_bytes;
    b->duration_ns = o->duration_ns;
    b->max_bytes = o->max_bytes;
    uint64_t every = o->sample_interval_ns ? o->sample_interval_ns : WEFT_SAMPLE_INTERVAL_NS;
    b->sample_margin_ns = every != UINT64_MAX && 4 * every > 2000000000ull ? 4 * every : 2000000000ull;
    uint64_t size = o->last_bytes ? o->last_bytes : o->max_bytes;
    if (size) {
        uint64_t n = size / BATCHES_PER_BOUND / EVENT_BYTES_GUESS;
        if (n < 256)
            n = 256;
        if (n < c->commit_events)
            c->commit_events = (uint32_t)n;
    }
    if (o->duration_ns)
        c->stop_ns = weft__now_ns() + o->duration_ns;
    int r = q_int(c, "PRAGMA page_size", 0, &b->page_size, NULL);
    if (!r)
        r = weft__db_begin(c);
    if (!r && o->bound_text)
        r = weft__db_meta(c, "bound", o->bound_text);
    if (!r && o->last_ns)
        r = weft__db_meta_u64(c, "last_ns", o->last_ns);
    if (!r && o->last_bytes)
        r = weft__db_meta_u64(c, "last_bytes", o->last_bytes);
    if (!r && o->duration_ns)
        r = weft__db_meta_u64(c, "duration_ns", o->duration_ns);
    if (!r && o->max_bytes)
        r = weft__db_meta_u64(c, "max_bytes", o->max_bytes);
    if (!r)
        r = weft__db_commit(c);
    return r;
}

void weft__bound_free(struct weft_collector *c)
{
    if (c->bound) {
        free(c->bound->b);
        free(c->bound->seg);
    }
    free(c->bound);
    c->bound = NULL;
}

/* Bytes the rows take now, and the index they will have at the end. */
static int projected(struct weft_collector *c, double *bytes, double *used)
{
    int64_t pages, free_pages;
    int r = q_int(c, "PRAGMA page_count", 0, &pages, NULL);
    if (!r)
        r = q_int(c, "PRAGMA freelist_count", 0, &free_pages, NULL);
    *used = (double)(pages - free_pages) * (double)c->bound->page_size;
    *bytes = *used + (double)c->bound->rows * INDEX_BYTES_PER_EVENT;
    return r;
}

static int flight(const struct weft__bound *b)
{
    return b->last_ns || b->last_bytes;
}

void weft__bound_row(struct weft_collector *c, uint64_t end)
{
    struct weft__bound *b = c->bound;
    if (!flight(b))
        return;
    struct seg *s = b->nseg ? &b->seg[b->nseg - 1] : NULL;
    if (s && !s->lo && s->n < SEG_ROWS) {
        uint64_t lo = end < s->min_end ? end : s->min_end, hi = end > s->max_end ? end : s->max_end;
        if (s->n < SEG_FEW || hi - lo <= SEG_SPAN_NS) {
            s->min_end = lo;
            s->max_end = hi;
            s->n++;
            s->left++;
            return;
        }
    }
    if (b->nseg == b->segcap) {
        size_t ncap = b->segcap ? b->segcap * 2 : 1024;
        struct seg *n = realloc(b->seg, ncap * sizeof(*n));
        if (!n) {
            /* Without a segment the row could never be trimmed: the trace fails instead. */
            if (!c->err)
                c->err = -ENOMEM;
            return;
        }
        b->seg = n;
        b->segcap = ncap;
    }
    b->seg[b->nseg++] = (struct seg){.n = 1, .left = 1, .min_end = end, .max_end = end};
}

void weft__bound_stored(struct weft_collector *c, int64_t first_id, uint32_t n)
{
    struct weft__bound *b = c->bound;
    b->rows += n;
    if (!flight(b))
        return;
    /* The batch's rows are the segments not numbered yet, in order. */
    size_t i = b->nseg;
    while (i > 0 && !b->seg[i - 1].lo)
        i--;
    int64_t id = first_id;
    for (; i < b->nseg; i++) {
        b->seg[i].lo = id;
        id += b->seg[i].n;
    }
}

/* Runs SQL with ?1 = LO, ?2 = HI, ?3 = T; *changes: rows it changed.  Returns 0 or the sticky error. */
static int exec_range(struct weft_collector *c, const char *sql, int64_t lo, int64_t hi, int64_t t, int64_t *changes)
{
    sqlite3_stmt *s = NULL;
    if (c->err)
        return c->err;
    int rc = sqlite3_prepare_v2(c->db, sql, -1, &s, NULL);
    if (rc != SQLITE_OK)
        return weft__db_fail(c, rc);
    sqlite3_bind_int64(s, 1, lo);
    sqlite3_bind_int64(s, 2, hi);
    if (sqlite3_bind_parameter_count(s) >= 3)
        sqlite3_bind_int64(s, 3, t);
    rc = sqlite3_step(s);
    sqlite3_finalize(s);
    if (changes)
        *changes = sqlite3_changes(c->db);
    return rc == SQLITE_DONE ? 0 : weft__db_fail(c, rc);
}

/* Deletes the rows with ids LO..HI (whole segments). */
static int delete_ids(struct weft_collector *c, int64_t lo, int64_t hi)
{
    int r = exec_range(c, "DELETE FROM event_details WHERE event_id BETWEEN ?1 AND ?2", lo, hi, 0, NULL);
    return r ? r : exec_range(c, "DELETE FROM event_rows WHERE id BETWEEN ?1 AND ?2", lo, hi, 0, NULL);
}

/*
 * Leaves out every stored event that ended before T, and from now on every event that does
 * (weft__bound_before): the window then starts at T, and every event that ended at or after
 * it is in the trace.  Says so in meta.
 */
static int leave_out_before(struct weft_collector *c, uint64_t t)
{
    struct weft__bound *b = c->bound;
    if (t <= c->kept_from_ns)
        return 0;
    int r = 0;
    int64_t run_lo = 0, run_hi = 0, gone = 0;
    size_t k = 0;
    for (size_t i = 0; i < b->nseg && !r; i++) {
        struct seg *s = &b->seg[i];
        if (!s->lo) { /* still in the batch (none is when this runs: a commit flushed it) */
            b->seg[k++] = *s;
            continue;
        }
        if (s->max_end < t) {
            /* Whole: joined with the whole segments just before it into one range. */
            if (run_lo && run_hi + 1 == s->lo) {
                run_hi = s->lo + s->n - 1;
            } else {
                if (run_lo)
                    r = delete_ids(c, run_lo, run_hi);
                run_lo = s->lo;
                run_hi = s->lo + s->n - 1;
            }
            gone += s->left;
            continue;
        }
        if (s->min_end < t) {
            int64_t n = 0, hi = s->lo + s->n - 1;
            r = exec_range(c, "DELETE FROM event_details WHERE event_id IN (SELECT id FROM event_rows "
                              "WHERE id BETWEEN ?1 AND ?2 AND ts_ns + dur_ns < ?3)", s->lo, hi, (int64_t)t, NULL);
            if (!r)
                r = exec_range(c, "DELETE FROM event_rows WHERE id BETWEEN ?1 AND ?2 AND ts_ns + dur_ns < ?3",
                               s->lo, hi, (int64_t)t, &n);
            gone += n;
            s->left = n < s->left ? s->left - (uint32_t)n : 0;
            s->min_end = t;
            if (!s->left)
                continue;
        }
        b->seg[k++] = *s;
    }
    if (!r && run_lo)
        r = delete_ids(c, run_lo, run_hi);
    if (r)
        return r;
    b->nseg = k;
    b->rows -= gone;
    b->left_out_before += (uint64_t)gone;
    c->kept_from_ns = t;
    return weft__db_meta_u64(c, "kept_from_ns", t);
}

/*
 * The time before which about N of the stored events ended (the segments' rows taken as
 * spread evenly over their spans): the cut that leaves out N of them.
 */
static uint64_t cut_for(const struct weft__bound *b, int64_t n)
{
    uint64_t lo = UINT64_MAX, hi = 0;
    for (size_t i = 0; i < b->nseg; i++) {
        if (b->seg[i].min_end < lo)
            lo = b->seg[i].min_end;
        if (b->seg[i].max_end > hi)
            hi = b->seg[i].max_end;
    }
    if (!b->nseg || n <= 0)
        return 0;
    hi++; /* every row ended before hi */
    while (hi - lo > 1) {
        uint64_t mid = lo + (hi - lo) / 2;
        double before = 0;
        for (size_t i = 0; i < b->nseg; i++) {
            const struct seg *s = &b->seg[i];
            if (s->max_end < mid)
                before += s->left;
            else if (s->min_end < mid)
                before += (double)s->left * (double)(mid - s->min_end) / (double)(s->max_end - s->min_end + 1);
        }
        if (before >= (double)n)
            hi = mid;
        else
            lo = mid;
    }
    return hi;
}

/* Events stored before which the size bound is kept (rows plus the index they will have), at most. */
static int over_bound(struct weft_collector *c, double share, int64_t *excess)
{
    struct weft__bound *b = c->bound;
    *excess = 0;
    if (!b->last_bytes || b->rows <= 0)
        return 0;
    double bytes, used, target = (double)b->last_bytes * FILL_SHARE;
    int r = projected(c, &bytes, &used);
    if (r || bytes <= target)
        return r;
    double per = used / (double)b->rows + INDEX_BYTES_PER_EVENT;
    *excess = (int64_t)((bytes - target * share) / per) + 1;
    return 0;
}

/*
 * Samples taken well before the kept window go too (by the batches that stored them: no
 * index on their time while tracing), and batches nothing is left of.
 */
static int drop_samples(struct weft_collector *c)
{
    struct weft__bound *b = c->bound;
    if (c->kept_from_ns <= b->sample_margin_ns)
        return 0;
    uint64_t cutoff = c->kept_from_ns - b->sample_margin_ns;
    int64_t ts = b->tsample_cut, ms = b->msample_cut;
    for (size_t i = 0; i < b->nb && b->b[i].commit_ns < cutoff; i++) {
        ts = b->b[i].max_tsample;
        ms = b->b[i].max_msample;
    }
    int r = 0;
    if (ts > b->tsample_cut && !(r = exec_int(c, "DELETE FROM thread_samples WHERE rowid <= ?1", ts)))
        b->tsample_cut = ts;
    if (!r && ms > b->msample_cut && !(r = exec_int(c, "DELETE FROM machine_samples WHERE rowid <= ?1", ms)))
        b->msample_cut = ms;
    size_t gone = 0;
    while (gone < b->nb && b->b[gone].max_tsample <= b->tsample_cut && b->b[gone].max_msample <= b->msample_cut)
        gone++;
    if (gone) {
        memmove(b->b, b->b + gone, (b->nb - gone) * sizeof(*b->b));
        b->nb -= gone;
    }
    return r;
}

/*
 * Leaves out what the window (events that ended LAST_NS before END) or the size bound (down
 * to SHARE of it) do not keep, by the events' end times, and the samples before them.
 */
static int trim(struct weft_collector *c, uint64_t end, double share)
{
    struct weft__bound *b = c->bound;
    uint64_t t = b->last_ns && end > b->last_ns ? end - b->last_ns : 0;
    int64_t excess;
    int r = over_bound(c, share, &excess);
    if (!r && excess > 0) {
        uint64_t ts = cut_for(b, excess);
        if (ts > t)
            t = ts;
    }
    if (!r && t)
        r = leave_out_before(c, t);
    if (!r && b->left_out_before != b->left_out_meta) {
        b->left_out_meta = b->left_out_before;
        r = weft__db_meta_u64(c, "left_out_before", b->left_out_before);
    }
    return r ? r : drop_samples(c);
}

/* Recording stopped (at c->stop_ns, for REASON): meta says when and why. */
static int stopped(struct weft_collector *c, const char *reason)
{
    struct weft__bound *b = c->bound;
    if (b->stop_in_meta)
        return 0;
    b->stop_in_meta = 1;
    b->stop_reason = reason;
    int r = weft__db_meta_u64(c, "stopped_ns", c->stop_ns);
    if (!r)
        r = weft__db_meta(c, "stop_reason", reason);
    return r;
}

int weft__bound_commit(struct weft_collector *c)
{
    struct weft__bound *b = c->bound;
    uint64_t now = weft__now_ns();
    struct batch bt = {.commit_ns = now};
    int r = 0;
    /* Only a flight recorder trims; stop conditions need no batches. */
    if (flight(b)) {
        r = q_int(c, "SELECT max(rowid) FROM thread_samples", 0, &bt.max_tsample, NULL);
        if (!r)
            r = q_int(c, "SELECT max(rowid) FROM machine_samples", 0, &bt.max_msample, NULL);
        if (r)
            return r;
        if (b->nb == b->cap) {
            size_t ncap = b->cap ? b->cap * 2 : 256;
            struct batch *n = realloc(b->b, ncap * sizeof(*n));
            if (!n)
                return -ENOMEM;
            b->b = n;
            b->cap = ncap;
        }
        b->b[b->nb++] = bt;
    }
    if ((r = weft__db_begin(c)))
        return r;
    if (flight(b))
        /* The window ends at the newest event stored, not at this commit's clock: a commit
         * made after the program ended would cut into its last seconds. */
        r = trim(c, c->max_ts && c->max_ts < now ? c->max_ts : now, TRIM_TO);
    if (!r && b->max_bytes && !(c->stop_ns && c->stop_ns <= now)) {
        double bytes, used;
        r = projected(c, &bytes, &used);
        if (!r && bytes >= (double)b->max_bytes * FILL_SHARE) {
            c->stop_ns = now;
            r = stopped(c, "max-size");
        }
    }
    if (!r && c->stop_ns && c->stop_ns <= now)
        r = stopped(c, "duration");
    if (!r && c->left_out_after != b->left_out_after_meta) {
        b->left_out_after_meta = c->left_out_after;
        r = weft__db_meta_u64(c, "left_out_after", c->left_out_after);
    }
    if (!r)
        r = weft__db_commit(c);
    return r;
}

uint64_t weft__bound_wal_max(const struct weft_collector *c)
{
    const struct weft__bound *b = c->bound;
    if (!b || !(b->last_ns || b->last_bytes || b->max_bytes))
        return 0;
    uint64_t size = b->last_bytes ? b->last_bytes : b->max_bytes, wal_max = WAL_MAX_BYTES;
    if (size && size / BATCHES_PER_BOUND < wal_max)
        wal_max = size / BATCHES_PER_BOUND;
    return wal_max;
}

int weft__bound_leave_out(struct weft_collector *c, struct weft__thread *t, const struct weft_event *e)
{
    t->pending_unreturned = 0;
    t->text_len = 0;
    t->last_call = e->call;
    t->last_call_ts = e->ts;
    uint64_t end = e->ts + e->u.e.dur;
    if (end > t->last_ts)
        t->last_ts = end;
    if (end > c->max_ts)
        c->max_ts = end;
    if (weft__bound_before(c, end))
        c->bound->left_out_before++;
    else
        c->left_out_after++;
    return c->err;
}

void weft__bound_summary(const struct weft_collector *c, struct weft_collector_summary *sum)
{
    const struct weft__bound *b = c->bound;
    if (!b || !sum)
        return;
    sum->left_out_before = b->left_out_before;
    sum->left_out_after = c->left_out_after;
    sum->kept_from_ns = c->kept_from_ns;
    sum->stopped_ns = b->stop_in_meta ? c->stop_ns : 0;
    sum->stop_reason = b->stop_in_meta ? b->stop_reason : NULL;
    sum->start_ns = c->min_ts;
}

int weft__bound_finish(struct weft_collector *c, struct weft_collector_summary *sum)
{
    struct weft__bound *b = c->bound;
    int r = weft__events_flush(c); /* the finalized threads' last events are still in the batch */
    /* The last trim: the window ends where the trace does, the rows fill the bound's share. */
    if (!r && flight(b))
        r = trim(c, c->max_ts ? c->max_ts : weft__now_ns(), 1.0);
    /* Stopped when something after the stop was seen (the program outlived it). */
    if (!r && c->stop_ns && (c->max_ts >= c->stop_ns || c->left_out_after))
        r = stopped(c, b->stop_reason ? b->stop_reason : "duration");
    if (!r)
        r = weft__db_meta_u64(c, "left_out_after", c->left_out_after);
    if (!r)
        weft__bound_summary(c, sum);
    return r;
}

/* Copies the trace into PARTIAL.fit without its free pages and puts it in PARTIAL's place. */
static int compact(struct weft_collector *c)
{
    char fit[4200];
    snprintf(fit, sizeof(fit), "%s.fit", c->partial);
    unlink(fit);
    int rc = weft__vacuum_into(c->db, fit);
    if (rc != SQLITE_DONE) {
        unlink(fit);
        return weft__db_fail(c, rc);
    }
    weft__db_close(c);
    if (rename(fit, c->partial) < 0) {
        c->err = -errno;
        unlink(fit);
        return c->err;
    }
    rc = sqlite3_open_v2(c->partial, &c->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK)
        return weft__db_fail(c, rc);
    return weft__rows_prepare(c); /* the rows still to write (meta) need their statements */
}

/* Deletes the N newest events: recording now ends at the first of them. */
static int drop_newest(struct weft_collector *c, int64_t n)
{
    int64_t cut, unused, count, first;
    int r = q_int(c, "SELECT id FROM event_rows ORDER BY id DESC LIMIT 1 OFFSET ?1", n - 1, &cut, NULL);
    if (!r)
        r = q_int(c, "SELECT count(*), min(ts_ns) FROM event_rows WHERE id >= ?1", cut, &count, &first);
    if (!r)
        r = q_int(c, "DELETE FROM event_details WHERE event_id >= ?1", cut, &unused, NULL);
    if (!r)
        r = q_int(c, "DELETE FROM event_rows WHERE id >= ?1", cut, &unused, NULL);
    if (r || !count)
        return r;
    c->left_out_after += (uint64_t)count;
    if (!c->stop_ns || (uint64_t)first < c->stop_ns)
        c->stop_ns = (uint64_t)first;
    c->bound->stop_in_meta = 0;
    if ((r = stopped(c, "max-size")))
        return r;
    if ((r = exec_int(c, "DELETE FROM thread_samples WHERE ts_ns >= ?1", (int64_t)c->stop_ns)))
        return r;
    if ((r = exec_int(c, "DELETE FROM machine_samples WHERE ts_ns >= ?1", (int64_t)c->stop_ns)))
        return r;
    return weft__db_meta_u64(c, "left_out_after", c->left_out_after);
}

int weft__bound_fit(struct weft_collector *c, struct weft_collector_summary *sum)
{
    struct weft__bound *b = c->bound;
    uint64_t limit = b->last_bytes ? b->last_bytes : b->max_bytes;
    int r = 0, compacted = 0;
    for (int tries = 0; limit && tries < 5 && !r; tries++) {
        struct stat st;
        if (stat(c->partial, &st) < 0)
            return -errno;
        if ((uint64_t)st.st_size > limit && !compacted) {
            /* Free pages the trimming left count in the file's size: measure live data first. */
            compacted = 1;
            r = compact(c);
            continue;
        }
        int64_t kept;
        if ((uint64_t)st.st_size <= limit || (r = q_int(c, "SELECT count(*) FROM event_rows", 0, &kept, NULL)) ||
            kept <= 0)
            break; /* within the bound (or nothing more to leave out: the other tables alone are over it) */
        double per = (double)st.st_size / (double)kept;
        int64_t n = (int64_t)(((double)st.st_size - (double)limit * 0.97) / per) + 1;
        if (n > kept)
            n = kept;
        if ((r = weft__db_begin(c)))
            break;
        if (b->last_bytes) {
            r = leave_out_before(c, cut_for(b, n));
            if (!r)
                r = weft__db_meta_u64(c, "left_out_before", b->left_out_before);
        } else {
            r = drop_newest(c, n);
        }
        if (!r)
            r = weft__db_commit(c);
        if (!r)
            r = compact(c);
    }
    if (!r && sum) {
        int64_t events;
        if (!(r = q_int(c, "SELECT count(*) FROM event_rows", 0, &events, NULL)))
            sum->events = (uint64_t)events;
        weft__bound_summary(c, sum);
    }
    return r;
}
