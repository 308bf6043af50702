/* TRUTH: free — the heap buffer reached through ctx->buf is written by the worker and by main, always while holding ctx->m. */
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
    pthread_mutex_lock(&c->m);
    c->buf[0] = 100;
    pthread_mutex_unlock(&c->m);
    pthread_join(t, NULL);
    printf("%d\n", c->buf[0]);
    free(c->buf);
    free(c);
    return 0;
}
