// Main uses sem_trywait and ignores its result: if the worker has not posted
// yet, main reads status while the worker writes it -> race.
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
static sem_t ready;
static int status;
static void *worker(void *arg) { (void)arg; status = 42; sem_post(&ready); return NULL; }
int main(void) {
    sem_init(&ready, 0, 0);
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    sem_trywait(&ready);
    printf("%d\n", status);
    pthread_join(t, NULL);
    return 0;
}
