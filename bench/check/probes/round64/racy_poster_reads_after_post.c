/* TRUTH: racy — the producer reads data after its post while main, after its wait, writes data: read/write pair not ordered */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
static void *prod(void *a) {
    (void)a;
    data = 1;
    sem_post(&s);
    usleep(50000);
    printf("%d\n", data);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    data = 2;
    pthread_join(t, 0);
    return 0;
}
