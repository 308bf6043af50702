// Producer sets ready under mutex m2 while the consumer checks it under m1:
// different mutexes, so ready (and data) are accessed concurrently -> race.
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready, data;
static void *producer(void *arg) {
    (void)arg;
    pthread_mutex_lock(&m2);
    data = 42; ready = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m2);
    return NULL;
}
static void *consumer(void *arg) {
    pthread_mutex_lock(&m1);
    while (!ready) pthread_cond_wait(&cv, &m1);
    pthread_mutex_unlock(&m1);
    *(int *)arg = data;
    return NULL;
}
int main(void) {
    int s = 0;
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, &s);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL); pthread_join(c, NULL);
    printf("%d\n", s);
    return 0;
}
