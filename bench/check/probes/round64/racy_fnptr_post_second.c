/* TRUTH: racy — a second thread posts s through a function pointer to sem_post; main's wait is satisfied by it and main reads data while the producer writes it */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
int (*post_fn)(sem_t *) = sem_post;
static void *prod(void *a) {
    (void)a;
    usleep(50000);
    data = 1;
    sem_post(&s);
    return 0;
}
static void *noise(void *a) {
    (void)a;
    post_fn(&s);
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
