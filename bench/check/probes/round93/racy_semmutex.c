// Semaphore "mutex" initialised to 2: both threads can be inside the
// sem_wait/sem_post section at once -> race on counter.
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
static sem_t mtx;
static int counter;
static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        sem_wait(&mtx);
        counter++;
        sem_post(&mtx);
    }
    return NULL;
}
int main(void) {
    sem_init(&mtx, 0, 2);
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    sem_destroy(&mtx);
    printf("%d\n", counter);
    return 0;
}
