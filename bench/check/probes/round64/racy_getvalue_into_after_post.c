/* TRUTH: racy — after posting, the producer calls sem_getvalue(&s, &level), which writes the global level; main reads level after its wait */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int level = -1;
sem_t s;
static void *prod(void *a) {
    (void)a;
    level = 0;
    sem_post(&s);
    usleep(50000);
    sem_getvalue(&s, &level);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    printf("%d\n", level);
    pthread_join(t, 0);
    return 0;
}
