/* TRUTH: racy — the comma expression reads data BEFORE the sem_wait (left operand is sequenced first); that read races with the producer's write */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
static void *prod(void *a) {
    (void)a;
    usleep(50000);
    data = 1;
    sem_post(&s);
    return 0;
}
int main(void) {
    pthread_t t;
    int v;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    int r = (v = data, sem_wait(&s), v);
    printf("%d\n", r);
    pthread_join(t, 0);
    return 0;
}
