/* TRUTH: racy — the producer's first post is inside announce(); data is written only afterwards; main wakes on that post and reads data during the write */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
static void announce(void) { sem_post(&s); }
static void *prod(void *a) {
    (void)a;
    announce();
    usleep(50000);
    data = 1;
    sem_post(&s);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
