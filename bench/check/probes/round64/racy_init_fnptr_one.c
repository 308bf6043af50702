/* TRUTH: racy — s is re-initialised to 1 through a function pointer to sem_init; main's wait returns at once and main reads data while the producer writes it */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
int (*init_fn)(sem_t *, int, unsigned) = sem_init;
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
    init_fn(&s, 0, 1);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
