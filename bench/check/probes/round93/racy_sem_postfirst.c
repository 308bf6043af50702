// Worker posts the semaphore before writing status: main may read status
// while the worker writes it -> race.
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
static sem_t ready;
static int status;
static void *worker(void *arg) {
    (void)arg;
    sem_post(&ready);
    status = 42;
    return NULL;
}
int main(void) {
    sem_init(&ready, 0, 0);
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_detach(t);
    sem_wait(&ready);
    printf("%d\n", status);
    return 0;
}
