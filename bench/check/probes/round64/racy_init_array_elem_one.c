/* TRUTH: racy — s is created at 0, destroyed, and re-created at 1 through a sem_t* taken from an array of semaphore pointers; main's wait returns at once and it reads data while the producer writes */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s, other;
sem_t *all[2] = { &s, &other };
static void *prod(void *a) {
    (void)a;
    usleep(50000);
    data = 1;
    sem_post(&s);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    sem_destroy(&s);
    for (int i = 0; i < 2; i++)
        sem_init(all[i], 0, 1);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
