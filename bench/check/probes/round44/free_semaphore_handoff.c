/* TRUTH: free — worker writes result then sem_post; main sem_wait before reading result (sem_post/sem_wait synchronise) */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
static sem_t done;
static int result[3];
static void *compute(void *arg) {
    int *r = arg;
    r[0] = 1; r[1] = 2; r[2] = r[0] + r[1];
    sem_post(&done);
    return NULL;
}
int main(void) {
    pthread_t t;
    sem_init(&done, 0, 0);
    pthread_create(&t, NULL, compute, result);
    pthread_detach(t);
    sem_wait(&done);
    printf("%d\n", result[2]);
    return 0;
}
