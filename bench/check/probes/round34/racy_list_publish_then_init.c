/* TRUTH: racy — the producer links the message under inbox_mu and only then writes m->len (line 22): the consumer may already have popped it and be reading m->len (line 36) (or freeing it). */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sched.h>

struct msg { int len; char body[16]; struct msg *next; };

static struct msg *inbox;
static pthread_mutex_t inbox_mu = PTHREAD_MUTEX_INITIALIZER;
static long total;

static void *producer(void *arg) {
    (void)arg;
    for (int i = 0; i < 3; i++) {
        struct msg *m = malloc(sizeof *m);
        if (!m) abort();
        pthread_mutex_lock(&inbox_mu);
        m->next = inbox;
        inbox = m;
        pthread_mutex_unlock(&inbox_mu);
        m->len = snprintf(m->body, sizeof m->body, "m%d", i); // @A
    }
    return NULL;
}

static void *consumer(void *arg) {
    (void)arg;
    int got = 0;
    while (got < 3) {
        pthread_mutex_lock(&inbox_mu);
        struct msg *m = inbox;
        if (m) inbox = m->next;
        pthread_mutex_unlock(&inbox_mu);
        if (!m) { sched_yield(); continue; }
        total += m->len; // @B
        free(m);
        got++;
    }
    return NULL;
}

int main(void) {
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%ld\n", total);
    return 0;
}
