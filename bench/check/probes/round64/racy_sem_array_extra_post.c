/* TRUTH: racy — sems[0] is posted by two threads, only one after writing data; main wakes on the other post and reads data during the write */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t sems[2];
static void *prod(void *a) {
    (void)a;
    usleep(50000);
    data = 1;
    sem_post(&sems[0]);
    return 0;
}
static void *noise(void *a) {
    (void)a;
    sem_post(&sems[0]);
    return 0;
}
int main(void) {
    pthread_t t1, t2;
    sem_init(&sems[0], 0, 0);
    sem_init(&sems[1], 0, 0);
    pthread_create(&t1, 0, prod, 0);
    pthread_create(&t2, 0, noise, 0);
    sem_wait(&sems[0]);
    printf("%d\n", data);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return 0;
}
