/* TRUTH: racy — the producer is started twice through a helper called twice; main's one wait consumes the first instance's post and main reads data while the second instance writes it */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
pthread_t tids[2];
static void *prod(void *a) {
    if (a)
        usleep(50000);
    data = (int)(long)a;
    sem_post(&s);
    return 0;
}
static void start(long i) { pthread_create(&tids[i], 0, prod, (void *)i); }
int main(void) {
    sem_init(&s, 0, 0);
    start(0);
    start(1);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(tids[0], 0);
    pthread_join(tids[1], 0);
    return 0;
}
