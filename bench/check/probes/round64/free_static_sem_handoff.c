/* TRUTH: free — file-static semaphore and data; the producer writes data before its only post, main writes data after its wait */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
static int data;
static sem_t ready;
static void *prod(void *a) {
    (void)a;
    data = 42;
    sem_post(&ready);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&ready, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&ready);
    data++;
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
