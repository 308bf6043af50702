/* TRUTH: free — classic bounded ring buffer, all of buf/head/tail/count under one mutex, 2 producers 2 consumers */
#include <pthread.h>
#include <stdio.h>
#define CAP 8
#define ITEMS 50
typedef struct {
    int buf[CAP];
    int head, tail, count;
    pthread_mutex_t m;
    pthread_cond_t not_full, not_empty;
} ring_t;
static ring_t ring = { .m = PTHREAD_MUTEX_INITIALIZER,
                       .not_full = PTHREAD_COND_INITIALIZER,
                       .not_empty = PTHREAD_COND_INITIALIZER };
static void ring_put(ring_t *r, int v) {
    pthread_mutex_lock(&r->m);
    while (r->count == CAP) pthread_cond_wait(&r->not_full, &r->m);
    r->buf[r->tail] = v;
    r->tail = (r->tail + 1) % CAP;
    r->count++;
    pthread_cond_signal(&r->not_empty);
    pthread_mutex_unlock(&r->m);
}
static int ring_get(ring_t *r) {
    pthread_mutex_lock(&r->m);
    while (r->count == 0) pthread_cond_wait(&r->not_empty, &r->m);
    int v = r->buf[r->head];
    r->head = (r->head + 1) % CAP;
    r->count--;
    pthread_cond_signal(&r->not_full);
    pthread_mutex_unlock(&r->m);
    return v;
}
static void *producer(void *arg) {
    int base = *(int *)arg;
    for (int i = 0; i < ITEMS; i++) ring_put(&ring, base + i);
    return NULL;
}
static void *consumer(void *arg) {
    long *acc = arg;
    for (int i = 0; i < ITEMS; i++) *acc += ring_get(&ring);
    return NULL;
}
int main(void) {
    int bases[2] = {0, 1000};
    long sums[2] = {0, 0};
    pthread_t p[2], c[2];
    for (int i = 0; i < 2; i++) pthread_create(&p[i], NULL, producer, &bases[i]);
    for (int i = 0; i < 2; i++) pthread_create(&c[i], NULL, consumer, &sums[i]);
    for (int i = 0; i < 2; i++) pthread_join(p[i], NULL);
    for (int i = 0; i < 2; i++) pthread_join(c[i], NULL);
    printf("%ld\n", sums[0] + sums[1]);
    return 0;
}
