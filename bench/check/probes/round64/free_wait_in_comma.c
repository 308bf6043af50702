/* TRUTH: free — (sem_wait(&s), data + 1): the wait is sequenced before the read of data; the only poster wrote data before posting */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
int data;
sem_t s;
static void *prod(void *a) {
    (void)a;
    data = 41;
    sem_post(&s);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    int r = (sem_wait(&s), data + 1);
    data = r;
    printf("%d\n", r);
    pthread_join(t, 0);
    return 0;
}
