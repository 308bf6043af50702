/* TRUTH: racy — an atexit handler (run by main inside exit) posts s; the consumer wakes on that post and reads data while the producer thread writes data */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int data;
sem_t s;
static void bye(void) {
    sem_post(&s);
    usleep(200000);
}
static void *prod(void *a) {
    (void)a;
    usleep(50000);
    data = 1;
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
    pthread_t t1, t2;
    sem_init(&s, 0, 0);
    atexit(bye);
    pthread_create(&t2, 0, cons, 0);
    pthread_create(&t1, 0, prod, 0);
    exit(0);
}
