/* TRUTH: free — posts and waits go through wrappers taking a sem_t*; the producer writes data before its only post, main updates data after its wait */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
int data;
sem_t s;
static void signal_done(sem_t *p) { sem_post(p); }
static void wait_done(sem_t *p) { sem_wait(p); }
static void *prod(void *a) {
    (void)a;
    data = 42;
    signal_done(&s);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    wait_done(&s);
    data++;
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
