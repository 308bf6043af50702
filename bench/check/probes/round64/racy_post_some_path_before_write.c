/* TRUTH: racy — when mode is set (no arguments) the producer posts before writing data; main wakes on that post and reads data while it is written */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
int mode;
sem_t s;
static void *prod(void *a) {
    (void)a;
    if (mode)
        sem_post(&s);
    usleep(50000);
    data = 1;
    if (!mode)
        sem_post(&s);
    return 0;
}
int main(int argc, char **argv) {
    pthread_t t;
    (void)argv;
    mode = argc == 1;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
