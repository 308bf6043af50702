/* TRUTH: free — producer writes `item` and sets `have` while holding mu, then signals; consumer waits on cv under mu until have, reads item under mu. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int have;
static int item;
static void *producer(void *u) {
    (void)u;
    pthread_mutex_lock(&mu);
    item = 99;
    have = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&mu);
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
