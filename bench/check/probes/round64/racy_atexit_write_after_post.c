/* TRUTH: racy — main (the only poster) writes data, posts, and returns; its atexit handler then writes data again, racing with the consumer's read after its wait (the consumer is never joined) */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int data;
sem_t s;
static void bye(void) { data = 2; }
static void *cons(void *a) {
    (void)a;
    sem_wait(&s);
    printf("%d\n", data);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    atexit(bye);
    pthread_create(&t, 0, cons, 0);
    data = 1;
    sem_post(&s);
    usleep(100000);
    return 0;
}
