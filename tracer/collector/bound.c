/* Bounded traces: the flight recorder (--last: the oldest events deleted while tracing) and the stop conditions (--duration, --max-size). */
#include "internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/*
 * Bytes per event of the events_thread_ts index built at the end (thread id, time stamp and
 * row id per entry, about 20 bytes in packed pages; rounded up).
 */
#define INDEX_BYTES_PER_EVENT 24
/*
 * Share of a size bound the rows may fill while tracing, the index they will have at the end
 * counted in: the rest is room for the batch being committed (its log), the rows written at
 * the end (threads, counters, locks) and what the drainer still holds when recording stops.
 */
#define FILL_SHARE 0.80
/* A batch (one commit) is at most about 1/32 of a size bound: trims are that fine. */
#define BATCHES_PER_BOUND 32
#define EVENT_BYTES_GUESS 100
/* The write-ahead log is copied into the file once it is this large (a bound's share, or 8 MiB). */
#define WAL_MAX_BYTES (8ull << 20)

/* One committed transaction: the largest row ids it left, and when. */
struct batch {
    int64_t max_id, max_tsample, max_msample;
    uint64_t commit_ns;
};

struct weft__bound {
    uint64_t last_ns, last_bytes, duration_ns, max_bytes;
    uint64_t sample_margin_ns;  /* samples kept before the window (counters interpolated at its start) */
    struct batch *b;            /* oldest first; dropped once everything in them is deleted */
    size_t nb, cap;
    int64_t min_id;             /* events below this id are deleted */
    int64_t tsample_cut, msample_cut; /* samples up to these row ids are deleted */
    uint64_t kept_from_ns, left_out_before;
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
    b->min_id = 1;
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
    if (c->bound)
        free(c->bound->b);
    free(c->bound);
    c->bound = NULL;
}

/* Bytes the rows take now, and the index they will have at the end. */
static int projected(struct weft_collector *c, int64_t kept, double *bytes, double *used)
{
    int64_t pages, free_pages;
    int r = q_int(c, "PRAGMA page_count", 0, &pages, NULL);
    if (!r)
        r = q_int(c, "PRAGMA freelist_count", 0, &free_pages, NULL);
    *used = (double)(pages - free_pages) * (double)c->bound->page_size;
    *bytes = *used + (double)kept * INDEX_BYTES_PER_EVENT;
    return r;
}

/* Deletes the events up to id CUT (and says so in meta): every one of them ended by kept_from_ns. */
static int drop_oldest(struct weft_collector *c, int64_t cut)
{
    struct weft__bound *b = c->bound;
    if (cut < b->min_id)
        return 0;
    int64_t n, end;
    int r = q_int(c, "SELECT count(*), max(ts_ns + dur_ns) FROM event_rows WHERE id <= ?1", cut, &n, &end);
    if (!r)
        r = exec_int(c, "DELETE FROM event_details WHERE event_id <= ?1", cut);
    if (!r)
        r = exec_int(c, "DELETE FROM event_rows WHERE id <= ?1", cut);
    if (r)
        return r;
    b->min_id = cut + 1;
    b->left_out_before += (uint64_t)n;
    if (end > 0 && (uint64_t)end > b->kept_from_ns)
        b->kept_from_ns = (uint64_t)end;
    if (!n)
        return 0;
    if ((r = weft__db_meta_u64(c, "kept_from_ns", b->kept_from_ns)))
        return r;
    return weft__db_meta_u64(c, "left_out_before", b->left_out_before);
}

/*
 * Samples taken well before the kept window go too (by the batches that stored them: no
 * index on their time while tracing), and batches nothing is left of.
 */
static int drop_samples(struct weft_collector *c)
{
    struct weft__bound *b = c->bound;
    if (b->kept_from_ns <= b->sample_margin_ns)
        return 0;
    uint64_t cutoff = b->kept_from_ns - b->sample_margin_ns;
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
    while (gone < b->nb && b->b[gone].max_id < b->min_id && b->b[gone].max_tsample <= b->tsample_cut &&
           b->b[gone].max_msample <= b->msample_cut)
        gone++;
    if (gone) {
        memmove(b->b, b->b + gone, (b->nb - gone) * sizeof(*b->b));
        b->nb -= gone;
    }
    return r;
}

/* Leaves out what the window (events that ended LAST_NS before NOW) or the size bound do not keep. */
static int trim(struct weft_collector *c, uint64_t now, int64_t max_id)
{
    struct weft__bound *b = c->bound;
    int64_t cut = 0;
    if (b->last_ns)
        for (size_t i = 0; i < b->nb && b->b[i].commit_ns + b->last_ns < now; i++)
            cut = b->b[i].max_id; /* everything in it was stored, so had ended, by then */
    int r = 0;
    if (b->last_bytes && max_id >= b->min_id) {
        double bytes, used, target = (double)b->last_bytes * FILL_SHARE;
        int64_t kept = max_id - b->min_id + 1;
        if ((r = projected(c, kept, &bytes, &used)))
            return r;
        if (bytes > target) {
            /* A little more than the excess, so that the next batches do not each trim. */
            double per = used / (double)kept + INDEX_BYTES_PER_EVENT;
            int64_t n = (int64_t)((bytes - target * 0.95) / per) + 1;
            if (b->min_id + n - 1 > cut)
                cut = b->min_id + n - 1;
        }
    }
    if ((r = drop_oldest(c, cut)))
        return r;
    return drop_samples(c);
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
    int r = q_int(c, "SELECT max(id) FROM event_rows", 0, &bt.max_id, NULL);
    if (!r)
        r = q_int(c, "SELECT max(rowid) FROM thread_samples", 0, &bt.max_tsample, NULL);
    if (!r)
        r = q_int(c, "SELECT max(rowid) FROM machine_samples", 0, &bt.max_msample, NULL);
    if (r)
        return r;
    /* Only a flight recorder trims batches; stop conditions need none. */
    if ((b->last_ns || b->last_bytes) && b->nb == b->cap) {
        size_t ncap = b->cap ? b->cap * 2 : 256;
        struct batch *n = realloc(b->b, ncap * sizeof(*n));
        if (!n)
            return -ENOMEM;
        b->b = n;
        b->cap = ncap;
    }
    if (b->last_ns || b->last_bytes)
        b->b[b->nb++] = bt;
    if ((r = weft__db_begin(c)))
        return r;
    if (b->last_ns || b->last_bytes)
        r = trim(c, now, bt.max_id);
    if (!r && b->max_bytes && !(c->stop_ns && c->stop_ns <= now)) {
        double bytes, used;
        int64_t kept = bt.max_id >= b->min_id ? bt.max_id - b->min_id + 1 : 0;
        r = projected(c, kept, &bytes, &used);
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
    sum->kept_from_ns = b->kept_from_ns;
    sum->stopped_ns = b->stop_in_meta ? c->stop_ns : 0;
    sum->stop_reason = b->stop_in_meta ? b->stop_reason : NULL;
    sum->start_ns = c->min_ts;
}

/*
 * The last trim, by time.  Rows are in the order the drainer copied them, ring by ring; when
 * the writer lagged, what it stores at the end is a backlog of the whole run in that order,
 * so a cut by row id there would leave a window that starts near the end.  At the end the
 * window is chosen by the events' own end times instead (one sort of what is left): every
 * event that ended before T goes, every later one stays.
 */
static int trim_by_time(struct weft_collector *c, uint64_t now)
{
    struct weft__bound *b = c->bound;
    int64_t kept, t = 0, n;
    int r = q_int(c, "SELECT count(*) FROM event_rows", 0, &kept, NULL);
    if (r || kept <= 0)
        return r;
    if (c->max_ts)
        now = c->max_ts; /* the window ends where the trace does */
    if (b->last_ns && now > b->last_ns)
        t = (int64_t)(now - b->last_ns);
    if (b->last_bytes) {
        double bytes, used, target = (double)b->last_bytes * FILL_SHARE;
        if ((r = projected(c, kept, &bytes, &used)))
            return r;
        if (bytes > target) {
            double per = used / (double)kept + INDEX_BYTES_PER_EVENT;
            int64_t allowed = (int64_t)(target * 0.95 / per), end;
            r = q_int(c, "SELECT ts_ns + dur_ns FROM event_rows ORDER BY ts_ns + dur_ns DESC LIMIT 1 OFFSET ?1",
                      allowed, &end, NULL);
            if (!r && end > t)
                t = end;
        }
    }
    if (r || t <= 0)
        return r;
    r = q_int(c, "SELECT count(*) FROM event_rows WHERE ts_ns + dur_ns < ?1", t, &n, NULL);
    if (!r && n > 0)
        r = exec_int(c, "DELETE FROM event_details WHERE event_id IN "
                        "(SELECT id FROM event_rows WHERE ts_ns + dur_ns < ?1)", t);
    if (!r && n > 0)
        r = exec_int(c, "DELETE FROM event_rows WHERE ts_ns + dur_ns < ?1", t);
    if (r || n <= 0)
        return r;
    b->left_out_before += (uint64_t)n;
    if ((uint64_t)t > b->kept_from_ns)
        b->kept_from_ns = (uint64_t)t;
    if ((r = weft__db_meta_u64(c, "kept_from_ns", b->kept_from_ns)))
        return r;
    if ((r = weft__db_meta_u64(c, "left_out_before", b->left_out_before)))
        return r;
    return drop_samples(c);
}

int weft__bound_finish(struct weft_collector *c, struct weft_collector_summary *sum)
{
    struct weft__bound *b = c->bound;
    int r = weft__events_flush(c); /* the finalized threads' last events are still in the batch */
    if (!r && (b->last_ns || b->last_bytes))
        r = trim_by_time(c, weft__now_ns());
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
            int64_t cut;
            r = q_int(c, "SELECT id FROM event_rows ORDER BY id LIMIT 1 OFFSET ?1", n - 1, &cut, NULL);
            if (!r)
                r = drop_oldest(c, cut);
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
