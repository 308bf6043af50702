/* TRUTH: free — one-slot queue: producer fills slot/full under m and signals; consumer waits under m with a predicate loop and empties it; every access to slot/full is under m. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int slot, full;
static long sum;
static void *producer(void *arg) {
    for (int i = 1; i <= 50; i++) {
        pthread_mutex_lock(&m);
        while (full) pthread_cond_wait(&cv, &m);
        slot = i;
        full = 1;
        pthread_cond_broadcast(&cv);
        pthread_mutex_unlock(&m);
    }
    return arg;
}
static void *consumer(void *arg) {
    for (int i = 1; i <= 50; i++) {
        pthread_mutex_lock(&m);
        while (!full) pthread_cond_wait(&cv, &m);
        sum += slot;
        full = 0;
        pthread_cond_broadcast(&cv);
        pthread_mutex_unlock(&m);
    }
    return arg;
}
int main(void) {
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%ld\n", sum);
    return 0;
}
