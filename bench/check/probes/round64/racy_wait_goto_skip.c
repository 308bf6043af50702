/* TRUTH: racy — a forward goto skips the wait when argc == 1; main reads data while the producer writes */
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
    if (argc == 1)
        goto use;
    sem_wait(&s);
use:
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
