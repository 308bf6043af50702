/* racy: objects are handed over through a locked ring; after popping, the consumer updates
   the shared stats object (reachable from every message) outside the lock, while the producer
   also updates it under q_lock: stats->bytes is written with and without q_lock. */
#include <pthread.h>
#include <stdlib.h>
struct stats { long msgs; long bytes; };
struct msg { struct stats *st; int len; };
static struct stats global_stats;
static pthread_mutex_t q_lock = PTHREAD_MUTEX_INITIALIZER;
static struct msg *ring[8];
static int head, tail;

static void *producer(void *arg) {
    (void)arg;
    for (int i = 0; i < 100; i++) {
        struct msg *m = malloc(sizeof *m);
        m->st = &global_stats;
        m->len = i;
        pthread_mutex_lock(&q_lock);
        if (tail - head < 8) { ring[tail++ % 8] = m; m = NULL; }
        global_stats.bytes += i;
        pthread_mutex_unlock(&q_lock);
        free(m);
    }
    return NULL;
}
static void *consumer(void *arg) {
    (void)arg;
    for (int i = 0; i < 100; i++) {
        struct msg *m = NULL;
        pthread_mutex_lock(&q_lock);
        if (head < tail) m = ring[head++ % 8];
        pthread_mutex_unlock(&q_lock);
        if (!m) continue;
        m->st->bytes -= m->len;
        free(m);
    }
    return NULL;
}
int main(void) {
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(p, NULL); pthread_join(c, NULL);
    return (int)global_stats.bytes;
}
