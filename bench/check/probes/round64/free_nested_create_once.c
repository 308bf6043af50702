/* TRUTH: free — a launcher thread starts the producer exactly once; the producer writes data then posts; main reads data after its wait */
#include <pthread.h>
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
static void *launcher(void *a) {
    pthread_t t;
    (void)a;
    pthread_create(&t, 0, prod, 0);
    pthread_join(t, 0);
    return 0;
}
int main(void) {
    pthread_t l;
    sem_init(&s, 0, 0);
    pthread_create(&l, 0, launcher, 0);
    sem_wait(&s);
    data++;
    printf("%d\n", data);
    pthread_join(l, 0);
    return 0;
}
