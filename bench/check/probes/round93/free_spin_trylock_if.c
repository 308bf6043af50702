// counter is only incremented when pthread_spin_trylock succeeded (returned 0),
// i.e. while the spinlock is held -> race-free.
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <semaphore.h>
#include <time.h>
#include <stdio.h>
static pthread_spinlock_t sl;
static int counter;
static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_sec += 1;
        (void)ts;
        if (pthread_spin_trylock(&sl) == 0) {
            counter++;
            pthread_spin_unlock(&sl);
        }
    }
    return NULL;
}
int main(void) {
    pthread_spin_init(&sl, PTHREAD_PROCESS_PRIVATE);
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", counter);
    return 0;
}
