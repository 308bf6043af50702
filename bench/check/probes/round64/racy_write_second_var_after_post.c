/* TRUTH: racy — the producer writes y between its first and second post; the first consumer can wake on the first post and read y while it is written */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int x, y;
sem_t s;
static void *prod(void *a) {
    (void)a;
    x = 1;
    sem_post(&s);
    usleep(50000);
    y = 2;
    sem_post(&s);
    return 0;
}
static void *cons(void *a) {
    (void)a;
    sem_wait(&s);
    printf("%d %d\n", x, y);
    return 0;
}
int main(void) {
    pthread_t t, c1, c2;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    pthread_create(&c1, 0, cons, 0);
    pthread_create(&c2, 0, cons, 0);
    pthread_join(t, 0);
    pthread_join(c1, 0);
    pthread_join(c2, 0);
    return 0;
}
