/* FREE: a small "counter object" API: struct with its own mutex; all access goes
   through counter_add/counter_get which lock the object's mutex. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct counter { pthread_mutex_t lock; long value; };
static struct counter *counter_new(void) {
    struct counter *c = malloc(sizeof *c);
    pthread_mutex_init(&c->lock, NULL);
    c->value = 0;
    return c;
}
static void counter_add(struct counter *c, long d) {
    pthread_mutex_lock(&c->lock);
    c->value += d;
    pthread_mutex_unlock(&c->lock);
}
static long counter_get(struct counter *c) {
    pthread_mutex_lock(&c->lock);
    long v = c->value;
    pthread_mutex_unlock(&c->lock);
    return v;
}
static void *worker(void *a) {
    struct counter *c = a;
    for (int i = 0; i < 1000; i++) counter_add(c, 1);
    return NULL;
}
int main(void) {
    struct counter *c = counter_new();
    pthread_t t[3];
    for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, c);
    printf("now %ld\n", counter_get(c));
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    printf("%ld\n", counter_get(c));
    pthread_mutex_destroy(&c->lock);
    free(c);
    return 0;
}
