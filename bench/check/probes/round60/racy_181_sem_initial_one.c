/* TRUTH: racy — the hand-off semaphore is initialised to 1, so the consumer's sem_wait can succeed before the producer's sem_post; the consumer's plain read of msg then races with the producer's plain write. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
static sem_t s;
static int msg;
static int out;
static void *producer(void *arg) {
    msg = 8;
    sem_post(&s);
    return arg;
}
static void *consumer(void *arg) {
    sem_wait(&s);
    out = msg;
    return arg;
}
int main(void) {
    pthread_t a, b;
    sem_init(&s, 0, 1);
    pthread_create(&b, NULL, consumer, NULL);
    pthread_create(&a, NULL, producer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", out);
    return 0;
}
