/* TRUTH: racy — inside do { } while (0) a break skips the wait when fast is set (no arguments); main reads data while the producer writes */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
int fast;
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
    fast = argc == 1;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    do {
        if (fast)
            break;
        sem_wait(&s);
    } while (0);
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
