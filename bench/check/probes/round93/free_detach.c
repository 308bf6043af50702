// A detached worker fills the report and then posts a semaphore; main waits
// on the semaphore before reading the report -> race-free.
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
static sem_t finished;
static char report[32];
static int status;
static void *worker(void *arg) {
    (void)arg;
    status = 42;
    snprintf(report, sizeof report, "ok %d", status);
    sem_post(&finished);
    return NULL;
}
int main(void) {
    sem_init(&finished, 0, 0);
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_detach(t);
    sem_wait(&finished);
    printf("%s %d\n", report, status);
    return 0;
}
