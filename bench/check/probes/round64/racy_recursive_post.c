/* TRUTH: racy — produce() writes data, posts, then recurses, so the recursive call writes data after the first post; main reads data after one wait */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
static void produce(int n) {
    data = n;
    sem_post(&s);
    if (n > 0) {
        usleep(20000);
        produce(n - 1);
    }
}
static void *prod(void *a) {
    (void)a;
    produce(2);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
