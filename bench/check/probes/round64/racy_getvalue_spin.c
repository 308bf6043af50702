/* TRUTH: racy — main spins on sem_getvalue, which is not a POSIX memory-synchronizing function (XBD 4.12; glibc reads the count relaxed), then reads data: no happens-before with the producer's write */
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
    return 0;
}
int main(void) {
    pthread_t t;
    int v = 0;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    do
        sem_getvalue(&s, &v);
    while (v == 0);
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
