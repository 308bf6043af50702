/* TRUTH: free — two rounds, each with sem_init(&s,0,0), one producer thread per round writing data before its post, main waits then joins before sem_destroy and the next round */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
int data;
sem_t s;
static void *prod(void *a) {
    data = (int)(long)a;
    sem_post(&s);
    return 0;
}
int main(void) {
    for (long r = 1; r <= 2; r++) {
        pthread_t t;
        sem_init(&s, 0, 0);
        pthread_create(&t, 0, prod, (void *)r);
        sem_wait(&s);
        data *= 10;
        printf("%d\n", data);
        pthread_join(t, 0);
        sem_destroy(&s);
    }
    return 0;
}
