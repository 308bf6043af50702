/* TRUTH: free — main waits in a helper that always calls sem_wait(&s); data is written before the producer's only post */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
int data;
sem_t s;
static void await_ready(void) { sem_wait(&s); }
static void *prod(void *a) {
    (void)a;
    data = 42;
    sem_post(&s);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    await_ready();
    data++;
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
