/* TRUTH: racy — in report(data, sem_wait(&s)) the argument evaluation order is unspecified; clang reads data before calling sem_wait, racing with the producer's write */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
static void *prod(void *a) {
    (void)a;
    usleep(50000);
    data = 1;
    sem_post(&s);
    return 0;
}
static void report(int v, int rc) { printf("%d %d\n", v, rc); }
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    report(data, sem_wait(&s));
    pthread_join(t, 0);
    return 0;
}
