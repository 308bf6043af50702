/* TRUTH: racy — s starts at 0 (sem_init(&s,0,0)) but is destroyed and re-created at 1 by a helper taking a sem_t*; main's wait then returns at once and main reads data while the producer writes it */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
static void make_open(sem_t *g) { sem_init(g, 0, 1); }
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
    make_open(&s);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
