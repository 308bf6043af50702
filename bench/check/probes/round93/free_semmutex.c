// Binary semaphore (initial value 1) used as a mutex around the shared
// counter: sem_post -> sem_wait orders the critical sections.
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
    sem_init(&mtx, 0, 1);
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    sem_destroy(&mtx);
    printf("%d\n", counter);
    return 0;
}
