/* TRUTH: racy — the producer writes `item` after unlocking mu (having already set have=1), so the consumer's read of item under mu is unordered with that write. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int have;
static int item;
static void *producer(void *u) {
    (void)u;
    pthread_mutex_lock(&mu);
    have = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&mu);
    item = 99;
    return NULL;
}
static void *consumer(void *out) {
    pthread_mutex_lock(&mu);
    while (!have) pthread_cond_wait(&cv, &mu);
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
