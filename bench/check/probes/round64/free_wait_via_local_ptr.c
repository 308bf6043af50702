/* TRUTH: free — main waits through a local pointer to s; the wait still returns only after the producer's post that follows the write of data */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
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
    sem_t *p = &s;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(p);
    data++;
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
