/* TRUTH: racy — the reader thread is created before main's wait and never waits itself; its read of data races with the producer's write */
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
static void *reader(void *a) {
    (void)a;
    printf("%d\n", data);
    return 0;
}
int main(void) {
    pthread_t t1, t2;
    sem_init(&s, 0, 0);
    pthread_create(&t1, 0, prod, 0);
    pthread_create(&t2, 0, reader, 0);
    sem_wait(&s);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return 0;
}
