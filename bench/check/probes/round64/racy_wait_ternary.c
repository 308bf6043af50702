/* TRUTH: racy — the wait is one arm of ?: taken only with arguments; without, main reads data with no wait while the producer writes */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
static void *prod(void *a) {
    (void)a;
    usleep(50000);
    data = 1;
    sem_post(&s);
    return 0;
}
int main(int argc, char **argv) {
    pthread_t t;
    (void)argv;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    int r = argc > 1 ? sem_wait(&s) : 0;
    printf("%d %d\n", r, data);
    pthread_join(t, 0);
    return 0;
}
