/* RACY: same counter object API, but counter_peek() reads `value` without the
   object's lock and main calls it while workers are adding. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct counter { pthread_mutex_t lock; long value; };
static void counter_add(struct counter *c, long d) {
    pthread_mutex_lock(&c->lock);
    c->value += d;
    pthread_mutex_unlock(&c->lock);
}
static long counter_peek(const struct counter *c) { return c->value; }
static void *worker(void *a) {
    struct counter *c = a;
    for (int i = 0; i < 1000; i++) counter_add(c, 1);
    return NULL;
}
int main(void) {
    struct counter *c = malloc(sizeof *c);
    pthread_mutex_init(&c->lock, NULL);
    c->value = 0;
    pthread_t t[2];
    for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, worker, c);
    printf("progress %ld\n", counter_peek(c));
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    printf("%ld\n", counter_peek(c));
    free(c);
    return 0;
}
