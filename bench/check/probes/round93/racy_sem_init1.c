// Hand-off semaphore initialised to 1 instead of 0: main's sem_wait returns
// immediately and reads status while the worker writes it -> race.
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
static sem_t ready;
static int status;
static void *worker(void *arg) {
    (void)arg;
    status = 42;
    sem_post(&ready);
    return NULL;
}
int main(void) {
    sem_init(&ready, 0, 1);
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_detach(t);
    sem_wait(&ready);
    printf("%d\n", status);
    return 0;
}
