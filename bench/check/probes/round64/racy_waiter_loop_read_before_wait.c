/* TRUTH: racy — main's loop reads data before its first sem_wait (the wait is at the end of the body); that first read races with the producer's write */
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
    sem_post(&s);
    return 0;
}
int main(void) {
    pthread_t t;
    int sum = 0;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    for (int i = 0; i < 2; i++) {
        sum += data;
        sem_wait(&s);
    }
    printf("%d\n", sum);
    pthread_join(t, 0);
    return 0;
}
