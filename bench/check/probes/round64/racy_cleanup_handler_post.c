/* TRUTH: racy — a second thread posts s from a pthread_cleanup_push handler run by pthread_cleanup_pop(1); main wakes on it and reads data while the producer writes data */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
static void notify_cb(void *p) { (void)p; sem_post(&s); }
static void *prod(void *a) {
    (void)a;
    usleep(50000);
    data = 1;
    sem_post(&s);
    return 0;
}
static void *noise(void *a) {
    (void)a;
    pthread_cleanup_push(notify_cb, 0);
    pthread_cleanup_pop(1);
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
