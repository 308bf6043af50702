/* TRUTH: free — classic bounded buffer, one producer one consumer, items/spaces semaphores: slot i is written before the post of items that lets the consumer read it, and reused only after the consumer's post of spaces */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#define SLOTS 4
#define COUNT 100
int ring[SLOTS];
sem_t items, spaces;
static void *prod(void *a) {
    (void)a;
    for (int i = 0; i < COUNT; i++) {
        sem_wait(&spaces);
        ring[i % SLOTS] = i;
        sem_post(&items);
    }
    return 0;
}
static void *cons(void *a) {
    long sum = 0;
    (void)a;
    for (int i = 0; i < COUNT; i++) {
        sem_wait(&items);
        sum += ring[i % SLOTS];
        sem_post(&spaces);
    }
    printf("%ld\n", sum);
    return 0;
}
int main(void) {
    pthread_t p, c;
    sem_init(&items, 0, 0);
    sem_init(&spaces, 0, SLOTS);
    pthread_create(&p, 0, prod, 0);
    pthread_create(&c, 0, cons, 0);
    pthread_join(p, 0);
    pthread_join(c, 0);
    return 0;
}
