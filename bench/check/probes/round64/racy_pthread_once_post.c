/* TRUTH: racy — a second thread posts s from a pthread_once init routine; main may wake on that post and read data while the producer writes */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
pthread_once_t once = PTHREAD_ONCE_INIT;
static void init_post(void) { sem_post(&s); }
static void *prod(void *a) {
    (void)a;
    usleep(50000);
    data = 1;
    sem_post(&s);
    return 0;
}
static void *noise(void *a) {
    (void)a;
    pthread_once(&once, init_post);
    return 0;
}
int main(void) {
    pthread_t t1, t2;
    sem_init(&s, 0, 0);
    pthread_create(&t1, 0, prod, 0);
    pthread_create(&t2, 0, noise, 0);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return 0;
}
