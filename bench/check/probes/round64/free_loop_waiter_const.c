/* TRUTH: free — main waits three times in a constant-bound loop (runs at least once) before reading data; the only poster wrote data before its posts */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
int data;
sem_t s;
static void *prod(void *a) {
    (void)a;
    data = 42;
    for (int i = 0; i < 3; i++)
        sem_post(&s);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    for (int i = 0; i < 3; i++)
        sem_wait(&s);
    data++;
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
