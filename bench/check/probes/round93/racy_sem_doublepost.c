// Semaphore starts at 0 and main posts it twice to "open" it: two threads can
// then be inside the sem_wait..sem_post section at once -> race on counter.
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
static sem_t s;
static int counter;
static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        sem_wait(&s);
        counter++;
        sem_post(&s);
    }
    return NULL;
}
int main(void) {
    sem_init(&s, 0, 0);
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    sem_post(&s);
    sem_post(&s);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", counter);
    return 0;
}
