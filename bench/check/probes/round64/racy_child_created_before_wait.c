/* TRUTH: racy — the consumer starts a child before its own sem_wait; the child reads data without any wait, racing with the producer's write */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
static void *prod(void *a) {
    (void)a;
    usleep(50000);
    data = 1;
    sem_post(&s);
    return 0;
}
static void *child(void *a) {
    (void)a;
    printf("%d\n", data);
    return 0;
}
static void *cons(void *a) {
    pthread_t c;
    (void)a;
    pthread_create(&c, 0, child, 0);
    sem_wait(&s);
    pthread_join(c, 0);
    return 0;
}
int main(void) {
    pthread_t t1, t2;
    sem_init(&s, 0, 0);
    pthread_create(&t1, 0, prod, 0);
    pthread_create(&t2, 0, cons, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return 0;
}
