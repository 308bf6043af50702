// timedlock result tested the wrong way: counter is incremented when the lock
// was NOT obtained, concurrently with the holder -> race.
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <semaphore.h>
#include <time.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int counter;
static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_sec += 1;
        (void)ts;
        if (pthread_mutex_timedlock(&m, &ts) != 0) {
            counter++;
            (void)0;
        }
    }
    return NULL;
}
int main(void) {
    (void)0;
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", counter);
    return 0;
}
