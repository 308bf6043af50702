/* TRUTH: racy — the wait helper returns early (without waiting) when argc == 1; main then reads data while the producer writes */
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
static void await_result(int skip) {
    if (skip)
        return;
    sem_wait(&s);
}
int main(int argc, char **argv) {
    pthread_t t;
    (void)argv;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    await_result(argc == 1);
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
