/* TRUTH: racy — the producer posts the semaphore before filling `frame`, so the consumer's reads of frame[i] after sem_wait are unordered with the producer's writes. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
static sem_t full;
static int frame[8];
static void *producer(void *u) {
    (void)u;
    sem_post(&full);
    for (int i = 0; i < 8; i++) frame[i] = i * 3;
    return NULL;
}
static void *consumer(void *out) {
    sem_wait(&full);
    int s = 0;
    for (int i = 0; i < 8; i++) s += frame[i];
    *(int *)out = s;
    return NULL;
}
int main(void) {
    sem_init(&full, 0, 0);
    int s = 0;
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, &s);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    sem_destroy(&full);
    printf("%d\n", s);
    return 0;
}
