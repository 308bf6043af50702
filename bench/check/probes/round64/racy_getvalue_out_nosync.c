/* TRUTH: racy — no hand-off at all: a thread stores sem_getvalue's result into the global level while main reads level before joining */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int level = -1;
sem_t s;
static void *peek(void *a) {
    (void)a;
    usleep(50000);
    sem_getvalue(&s, &level);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, peek, 0);
    printf("%d\n", level);
    pthread_join(t, 0);
    return 0;
}
