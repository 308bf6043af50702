/* TRUTH: racy — the wait loop runs argc-1 times, zero times when run without arguments; main then reads data with no wait while the producer writes */
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
    for (int i = 0; i < argc - 1; i++)
        sem_wait(&s);
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
