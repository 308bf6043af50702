/* TRUTH: free — a detached producer writes data and posts as its last action; main updates data only after its wait */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
int data;
sem_t s;
static void *prod(void *a) {
    (void)a;
    data = 42;
    sem_post(&s);
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_attr_t at;
    sem_init(&s, 0, 0);
    pthread_attr_init(&at);
    pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
    pthread_create(&t, &at, prod, 0);
    pthread_attr_destroy(&at);
    sem_wait(&s);
    data++;
    printf("%d\n", data);
    return 0;
}
