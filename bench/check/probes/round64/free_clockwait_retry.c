/* TRUTH: free — main retries sem_clockwait until it succeeds, then writes data that the producer wrote before its only post */
#define _GNU_SOURCE
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <time.h>
int data;
sem_t s;
static void *prod(void *a) {
    (void)a;
    data = 42;
    sem_post(&s);
    return 0;
}
int main(void) {
    pthread_t t;
    struct timespec ts;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    do {
        clock_gettime(CLOCK_MONOTONIC, &ts);
        ts.tv_sec += 1;
    } while (sem_clockwait(&s, CLOCK_MONOTONIC, &ts) != 0);
    data++;
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
