/* TRUTH: racy - record() checks max_latency before taking the lock as a fast path while others write it under the lock */
#include <pthread.h>
#include <stdio.h>

#define NW 4
#define REQS 25

struct stats {
    long requests;
    long bytes;
    long errors;
    long max_latency;
};

struct worker {
    int id;
    int handled;
    long bytes;
    pthread_t tid;
};

static struct stats stats;
static pthread_mutex_t stats_lock = PTHREAD_MUTEX_INITIALIZER;
static struct worker workers[NW];

static void record(long bytes, int err, long lat)
{
    if (lat <= stats.max_latency && !err && bytes == 0)
        return;
    pthread_mutex_lock(&stats_lock);
    stats.requests++;
    stats.bytes += bytes;
    if (err)
        stats.errors++;
    if (lat > stats.max_latency)
        stats.max_latency = lat;
    pthread_mutex_unlock(&stats_lock);
}

static long handle(struct worker *w, int i, int *err)
{
    long bytes = (long)(w->id + 1) * (i + 1) * 10;
    *err = (i % 7) == 3;
    return *err ? 0 : bytes;
}

static void *serve(void *arg)
{
    struct worker *w = arg;
    for (int i = 0; i < REQS; i++) {
        int err;
        long bytes = handle(w, i, &err);
        long lat = (i * 37 + w->id * 11) % 100;
        record(bytes, err, lat);
        w->handled++;
        w->bytes += bytes;
    }
    return NULL;
}

int main(void)
{
    for (int i = 0; i < NW; i++) {
        workers[i].id = i;
        pthread_create(&workers[i].tid, NULL, serve, &workers[i]);
    }
    for (int i = 0; i < NW; i++)
        pthread_join(workers[i].tid, NULL);
    long handled = 0, bytes = 0;
    for (int i = 0; i < NW; i++) {
        handled += workers[i].handled;
        bytes += workers[i].bytes;
    }
    printf("requests=%ld/%ld bytes=%ld/%ld errors=%ld maxlat=%ld\n", stats.requests, handled, stats.bytes, bytes,
           stats.errors, stats.max_latency);
    return handled == stats.requests ? 0 : 1;
}
