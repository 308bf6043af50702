/* TRUTH: free — the only poster writes data, then posts from a pthread_once init routine it runs itself; main reads data after its wait */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
int data;
sem_t s;
pthread_once_t once = PTHREAD_ONCE_INIT;
static void announce(void) { sem_post(&s); }
static void *prod(void *a) {
    (void)a;
    data = 42;
    pthread_once(&once, announce);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    data++;
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
