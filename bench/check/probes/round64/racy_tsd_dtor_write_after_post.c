/* TRUTH: racy — the producer's thread-specific-data destructor writes data when the producer exits, after its post; main reads data after its wait and before the join */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
pthread_key_t key;
static void dtor(void *p) { (void)p; data = 2; }
static void *prod(void *a) {
    (void)a;
    pthread_setspecific(key, (void *)1);
    data = 1;
    sem_post(&s);
    usleep(50000);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_key_create(&key, dtor);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
