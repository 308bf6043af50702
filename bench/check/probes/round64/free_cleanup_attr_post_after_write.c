/* TRUTH: free — the producer writes data; its __attribute__((cleanup)) function posts s when prod returns (after the write); main updates data after its wait */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
int data;
sem_t s;
static void post_cleanup(int *p) { (void)p; sem_post(&s); }
static void *prod(void *a) {
    int guard __attribute__((cleanup(post_cleanup))) = 0;
    (void)a;
    (void)guard;
    data = 42;
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    data++;
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
