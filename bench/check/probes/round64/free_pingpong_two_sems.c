/* TRUTH: free — main writes x then posts a; the worker waits a, updates x, posts b; main waits b before reading x; each semaphore has one poster */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
int x;
sem_t a, b;
static void *worker(void *p) {
    (void)p;
    sem_wait(&a);
    x = x * 2 + 1;
    sem_post(&b);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&a, 0, 0);
    sem_init(&b, 0, 0);
    pthread_create(&t, 0, worker, 0);
    x = 20;
    sem_post(&a);
    sem_wait(&b);
    printf("%d\n", x);
    pthread_join(t, 0);
    return 0;
}
