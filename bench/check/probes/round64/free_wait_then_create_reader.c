/* TRUTH: free — main waits, then starts a reader; the reader's accesses follow main's wait through pthread_create */
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
static void *reader(void *a) {
    (void)a;
    data++;
    printf("%d\n", data);
    return 0;
}
int main(void) {
    pthread_t t, r;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    pthread_create(&r, 0, reader, 0);
    pthread_join(r, 0);
    pthread_join(t, 0);
    return 0;
}
