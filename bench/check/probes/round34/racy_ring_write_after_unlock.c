/* TRUTH: racy — ring_put reserves the slot under ring.mu but stores the value (line 28) after unlocking; the consumer, already signalled, may read that same slot under ring.mu (line 35) before or while the producer writes it: a plain write and a read of r->buf[slot] with no common lock and no ordering. */
#include <pthread.h>
#include <stdio.h>

#define RING 4
#define ITEMS 100

struct ring {
    pthread_mutex_t mu;
    pthread_cond_t not_full, not_empty;
    int buf[RING];
    int head, tail, count;
};

static struct ring ring = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER,
                            PTHREAD_COND_INITIALIZER, {0}, 0, 0, 0 };
static long consumed;

static void ring_put(struct ring *r, int v) {
    pthread_mutex_lock(&r->mu);
    while (r->count == RING)
        pthread_cond_wait(&r->not_full, &r->mu);
    int slot = r->head;
    r->head = (r->head + 1) % RING;
    r->count++;
    pthread_cond_signal(&r->not_empty);
    pthread_mutex_unlock(&r->mu);
    r->buf[slot] = v; // @A
}

static int ring_get(struct ring *r) {
    pthread_mutex_lock(&r->mu);
    while (r->count == 0)
        pthread_cond_wait(&r->not_empty, &r->mu);
    int v = r->buf[r->tail]; // @B
    r->tail = (r->tail + 1) % RING;
    r->count--;
    pthread_cond_signal(&r->not_full);
    pthread_mutex_unlock(&r->mu);
    return v;
}

static void *producer(void *arg) {
    (void)arg;
    for (int i = 0; i < ITEMS; i++) ring_put(&ring, i);
    return NULL;
}

static void *consumer(void *arg) {
    (void)arg;
    long sum = 0;
    for (int i = 0; i < ITEMS; i++) sum += ring_get(&ring);
    consumed = sum;
    return NULL;
}

int main(void) {
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%ld\n", consumed);
    return 0;
}
