/* TRUTH: racy — main writes c->buf[0] without taking c->m while the producer does c->buf[0] += i under the lock. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct ctx { int *buf; pthread_mutex_t m; };
static void *producer(void *p) {
    struct ctx *c = p;
    for (int i = 0; i < 8; i++) {
        pthread_mutex_lock(&c->m);
        c->buf[i % 4] += i;
        pthread_mutex_unlock(&c->m);
    }
    return NULL;
}
int main(void) {
    struct ctx *c = malloc(sizeof *c);
    if (!c) return 1;
    c->buf = calloc(4, sizeof(int));
    pthread_mutex_init(&c->m, NULL);
    pthread_t t;
    pthread_create(&t, NULL, producer, c);
    c->buf[0] = 100;
    pthread_join(t, NULL);
    printf("%d\n", c->buf[0]);
    free(c->buf);
    free(c);
    return 0;
}
