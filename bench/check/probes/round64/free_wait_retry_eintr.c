/* TRUTH: free — main retries sem_wait while it fails with EINTR (the only possible failure on a valid semaphore), then reads data */
#include <errno.h>
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
    int r;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    do
        r = sem_wait(&s);
    while (r == -1 && errno == EINTR);
    data++;
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
