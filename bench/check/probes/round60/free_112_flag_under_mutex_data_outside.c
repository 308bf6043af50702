/* TRUTH: free — the producer writes data and then ready=1 inside one critical section of m; the consumer reads ready under m and, only if it was 1, reads data after unlocking; that read happens-after the producer's unlock (the consumer's lock followed it), so it is ordered; the consumer never writes data. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int ready;
static int data;
static int out = -1;
static void *producer(void *arg) {
    pthread_mutex_lock(&m);
    data = 7;
    ready = 1;
    pthread_mutex_unlock(&m);
    return arg;
}
static void *consumer(void *arg) {
    int r;
    pthread_mutex_lock(&m);
    r = ready;
    pthread_mutex_unlock(&m);
    if (r)
        out = data;
    return arg;
}
int main(void) {
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%d\n", out);
    return 0;
}
