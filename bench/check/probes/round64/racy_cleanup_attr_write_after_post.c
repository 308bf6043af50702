/* TRUTH: racy — the producer's __attribute__((cleanup)) function writes data when prod returns, i.e. after its post; main reads data after its wait */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
static void touch(int *p) { (void)p; data = 2; }
static void *prod(void *a) {
    int guard __attribute__((cleanup(touch))) = 0;
    (void)a;
    (void)guard;
    data = 1;
    sem_post(&s);
    usleep(50000);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
