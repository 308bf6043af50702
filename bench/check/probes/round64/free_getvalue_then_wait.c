/* TRUTH: free — main polls sem_getvalue only as a hint, then still calls sem_wait before touching data */
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
    int v = 0;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    for (int i = 0; i < 1000 && v == 0; i++) {
        sem_getvalue(&s, &v);
        sched_yield();
    }
    sem_wait(&s);
    data++;
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
