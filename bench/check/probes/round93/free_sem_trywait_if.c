// Binary semaphore (init 1) used as a mutex via sem_trywait: counter is only
// incremented after a successful trywait, and released by sem_post -> race-free.
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <semaphore.h>
#include <time.h>
#include <stdio.h>
static sem_t s;
static int counter;
static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_sec += 1;
        (void)ts;
        if (sem_trywait(&s) == 0) {
            counter++;
            sem_post(&s);
        }
    }
    return NULL;
}
int main(void) {
    sem_init(&s, 0, 1);
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", counter);
    return 0;
}
