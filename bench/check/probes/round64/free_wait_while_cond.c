/* TRUTH: free — while (sem_wait(&s) != 0) ; loops until a wait succeeds; data is then updated by main after the producer's post */
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
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    while (sem_wait(&s) != 0)
        ;
    data++;
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
