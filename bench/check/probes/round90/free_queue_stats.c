/* free: as the racy twin, but the consumer updates the shared stats object through m->st
   while holding q_lock, the same lock the producer holds. */
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
        pthread_mutex_lock(&q_lock);
        m->st->bytes -= m->len;
        pthread_mutex_unlock(&q_lock);
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
