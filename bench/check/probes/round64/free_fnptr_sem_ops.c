/* TRUTH: free — hand-off where sem_post and sem_wait are called through function pointers: data written before the only post, read after the wait */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
int data;
sem_t s;
int (*do_post)(sem_t *) = sem_post;
int (*do_wait)(sem_t *) = sem_wait;
static void *prod(void *a) {
    (void)a;
    data = 42;
    do_post(&s);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    do_wait(&s);
    data++;
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
