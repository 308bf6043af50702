// Wait loop that also gives up on timeout: after a timeout the consumer reads
// data although the producer may be writing it right then -> race.
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <errno.h>
#include <time.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready;
static int data;
static void *producer(void *arg) {
    (void)arg;
    pthread_mutex_lock(&m);
    data = 42;
    ready = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}
static void *consumer(void *arg) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += 1;
    pthread_mutex_lock(&m);
    while (!ready)
        if (pthread_cond_timedwait(&cv, &m, &ts) == ETIMEDOUT) break;
    pthread_mutex_unlock(&m);
    *(int *)arg = data;
    return NULL;
}
int main(void) {
    int s;
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, &s);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%d\n", s);
    return 0;
}
