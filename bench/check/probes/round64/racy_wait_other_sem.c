/* TRUTH: racy — main waits on t, which only a thread that writes nothing posts; the producer's post of s orders nothing for main, so main's read of data races with the write */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s, t;
static void *prod(void *a) {
    (void)a;
    usleep(50000);
    data = 1;
    sem_post(&s);
    return 0;
}
static void *noise(void *a) {
    (void)a;
    sem_post(&t);
    return 0;
}
int main(void) {
    pthread_t t1, t2;
    sem_init(&s, 0, 0);
    sem_init(&t, 0, 0);
    pthread_create(&t1, 0, prod, 0);
    pthread_create(&t2, 0, noise, 0);
    sem_wait(&t);
    printf("%d\n", data);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    sem_wait(&s);
    return 0;
}
