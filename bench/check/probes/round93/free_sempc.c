// Producer/consumer over a one-slot buffer with two semaphores (empty=1,
// full=0): each write of slot is ordered before the read and vice versa.
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
static sem_t empty, full;
static int slot;
static void *producer(void *arg) {
    (void)arg;
    for (int i = 1; i <= 100; i++) {
        sem_wait(&empty);
        slot = i;
        sem_post(&full);
    }
    return NULL;
}
static void *consumer(void *arg) {
    long *sum = arg;
    for (int i = 0; i < 100; i++) {
        sem_wait(&full);
        *sum += slot;
        sem_post(&empty);
    }
    return NULL;
}
int main(void) {
    long sum = 0;
    sem_init(&empty, 0, 1);
    sem_init(&full, 0, 0);
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, &sum);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%ld\n", sum);
    return 0;
}
