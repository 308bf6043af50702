/* TRUTH: free — the producer writes data, then posts twice; each of two consumers waits once and reads data (reads only after the waits) */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
int data;
sem_t s;
static void *prod(void *a) {
    (void)a;
    data = 7;
    sem_post(&s);
    sem_post(&s);
    return 0;
}
static void *cons(void *a) {
    (void)a;
    sem_wait(&s);
    printf("%d\n", data);
    return 0;
}
int main(void) {
    pthread_t t, c1, c2;
    sem_init(&s, 0, 0);
    pthread_create(&c1, 0, cons, 0);
    pthread_create(&c2, 0, cons, 0);
    pthread_create(&t, 0, prod, 0);
    pthread_join(t, 0);
    pthread_join(c1, 0);
    pthread_join(c2, 0);
    return 0;
}
