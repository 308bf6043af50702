/* TRUTH: free — main writes cfg after starting the worker, then posts once; the worker reads cfg only after its wait; main never touches cfg again */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
int cfg;
sem_t go;
static void *worker(void *a) {
    (void)a;
    sem_wait(&go);
    printf("%d\n", cfg);
    cfg = 0;
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&go, 0, 0);
    pthread_create(&t, 0, worker, 0);
    cfg = 42;
    sem_post(&go);
    pthread_join(t, 0);
    return 0;
}
