/* TRUTH: free — the producer fills the whole buffer, then posts once per consumer in a loop (no writes after the first post); consumers read after their waits */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#define N 3
int buf[N];
sem_t s;
static void *prod(void *a) {
    (void)a;
    for (int i = 0; i < N; i++)
        buf[i] = i + 1;
    for (int i = 0; i < N; i++)
        sem_post(&s);
    return 0;
}
static void *cons(void *a) {
    long i = (long)a;
    sem_wait(&s);
    printf("%d\n", buf[i]);
    return 0;
}
int main(void) {
    pthread_t t, c[N];
    sem_init(&s, 0, 0);
    for (long i = 0; i < N; i++)
        pthread_create(&c[i], 0, cons, (void *)i);
    pthread_create(&t, 0, prod, 0);
    pthread_join(t, 0);
    for (int i = 0; i < N; i++)
        pthread_join(c[i], 0);
    return 0;
}
