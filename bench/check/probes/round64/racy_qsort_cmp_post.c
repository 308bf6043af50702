/* TRUTH: racy — a second thread's qsort comparator posts s; main may wake on that post and read data while the producer writes */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int data;
sem_t s;
static int cmp(const void *a, const void *b) {
    sem_post(&s);
    return *(const int *)a - *(const int *)b;
}
static void *prod(void *a) {
    (void)a;
    usleep(50000);
    data = 1;
    sem_post(&s);
    return 0;
}
static void *noise(void *a) {
    int v[2] = { 2, 1 };
    (void)a;
    qsort(v, 2, sizeof v[0], cmp);
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
