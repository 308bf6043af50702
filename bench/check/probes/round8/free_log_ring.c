/* TRUTH: free. The ring buffer and its indices are touched only under log_lock; the flusher copies out under the lock and writes the file outside it from a private buffer. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define RING 16
#define MSGLEN 32

typedef struct {
    char msg[MSGLEN];
    int level;
} entry_t;

static entry_t ring[RING];
static unsigned head, tail;
static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;
static int log_done;
static FILE *sink;

static void log_msg(int level, const char *s)
{
    pthread_mutex_lock(&log_lock);
    if (head - tail == RING)
        tail++;
    entry_t *e = &ring[head & (RING - 1)];
    strncpy(e->msg, s, MSGLEN - 1);
    e->msg[MSGLEN - 1] = 0;
    e->level = level;
    head++;
    pthread_mutex_unlock(&log_lock);
}

static void *logger(void *arg)
{
    const char *name = arg;
    for (int i = 0; i < 40; i++)
        log_msg(i & 3, name);
    return NULL;
}

static void *flusher(void *arg)
{
    entry_t local;
    int stop = 0;
    (void)arg;
    while (!stop) {
        int have = 0;
        pthread_mutex_lock(&log_lock);
        if (tail != head) {
            local = ring[tail & (RING - 1)];
            tail++;
            have = 1;
        }
        stop = log_done && tail == head;
        pthread_mutex_unlock(&log_lock);
        if (have && sink)
            fprintf(sink, "%d %s\n", local.level, local.msg);
    }
    return NULL;
}

int main(void)
{
    pthread_t l1, l2, f;
    sink = stderr;
    pthread_create(&f, NULL, flusher, NULL);
    pthread_create(&l1, NULL, logger, "alpha");
    pthread_create(&l2, NULL, logger, "beta");
    pthread_join(l1, NULL);
    pthread_join(l2, NULL);
    pthread_mutex_lock(&log_lock);
    log_done = 1;
    pthread_mutex_unlock(&log_lock);
    pthread_join(f, NULL);
    return 0;
}
