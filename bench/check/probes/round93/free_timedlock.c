// pthread_mutex_timedlock in a retry loop: counter is only updated once the
// lock is really held -> race-free.
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <time.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int counter;
static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        struct timespec ts;
        do {
            clock_gettime(CLOCK_REALTIME, &ts);
            ts.tv_nsec = 0; ts.tv_sec += 1;
        } while (pthread_mutex_timedlock(&m, &ts) != 0);
        counter++;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL); pthread_join(b, NULL);
    printf("%d\n", counter);
    return 0;
}
