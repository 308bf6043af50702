/* TRUTH: free — ping-pong with two semaphores: T1 writes ball then posts s2 and waits s1; T2 waits s2, updates ball, posts s1. Each access is ordered by a sem_post/sem_wait pair. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
static sem_t s1, s2;
static int ball;
static void *t1(void *arg) {
    for (int i = 0; i < 10; i++) {
        ball += 1;
        sem_post(&s2);
        sem_wait(&s1);
    }
    return arg;
}
static void *t2(void *arg) {
    for (int i = 0; i < 10; i++) {
        sem_wait(&s2);
        ball *= 2;
        sem_post(&s1);
    }
    return arg;
}
int main(void) {
    pthread_t a, b;
    sem_init(&s1, 0, 0);
    sem_init(&s2, 0, 0);
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", ball);
    return 0;
}
