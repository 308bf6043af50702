/* TRUTH: racy — check() reads the plain `have` without holding mu, racing with the producer's locked write have = 1. */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static int have, item;
static int check(void) { return have; }
static void *producer(void *u) {
    (void)u;
    pthread_mutex_lock(&mu);
    item = 4;
    have = 1;
    pthread_mutex_unlock(&mu);
    return NULL;
}
static void *consumer(void *out) {
    while (!check()) sched_yield();
    pthread_mutex_lock(&mu);
    *(int *)out = item;
    pthread_mutex_unlock(&mu);
    return NULL;
}
int main(void) {
    int v = 0;
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, &v);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%d\n", v);
    return 0;
}
