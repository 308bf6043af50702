/* TRUTH: racy — with mode 0 (no arguments) case 0 posts and falls through into case 1, which writes data and posts again; main wakes on the first post and reads data during the write */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
int mode;
sem_t s;
static void *prod(void *a) {
    (void)a;
    switch (mode) {
    case 0:
        sem_post(&s);
        usleep(50000);
        /* fall through */
    case 1:
        data = 1;
        sem_post(&s);
        break;
    default:
        break;
    }
    return 0;
}
int main(int argc, char **argv) {
    pthread_t t;
    (void)argv;
    mode = argc - 1;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
