/* TRUTH: free — after its post the producer only reads data, and main only reads data after its wait: no write after the hand-off */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
int data;
sem_t s;
static void *prod(void *a) {
    (void)a;
    data = 42;
    sem_post(&s);
    printf("p %d\n", data);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    printf("m %d\n", data);
    pthread_join(t, 0);
    return 0;
}
