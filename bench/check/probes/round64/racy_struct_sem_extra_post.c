/* TRUTH: racy — a semaphore inside a global struct is posted by two threads, only one of which wrote data; main wakes on the other post and reads data during the write */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
struct chan { sem_t ready; int data; } ch;
static void *prod(void *a) {
    (void)a;
    usleep(50000);
    ch.data = 1;
    sem_post(&ch.ready);
    return 0;
}
static void *noise(void *a) {
    (void)a;
    sem_post(&ch.ready);
    return 0;
}
int main(void) {
    pthread_t t1, t2;
    sem_init(&ch.ready, 0, 0);
    pthread_create(&t1, 0, prod, 0);
    pthread_create(&t2, 0, noise, 0);
    sem_wait(&ch.ready);
    printf("%d\n", ch.data);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return 0;
}
