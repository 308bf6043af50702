/* TRUTH: free — main retries sem_trywait until it succeeds; a successful trywait synchronizes with the post that came after the write of data */
#include <pthread.h>
#include <sched.h>
#include <semaphore.h>
#include <stdio.h>
int data;
sem_t s;
static void *prod(void *a) {
    (void)a;
    data = 42;
    sem_post(&s);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    while (sem_trywait(&s) != 0)
        sched_yield();
    data++;
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
