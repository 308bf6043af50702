/* TRUTH: free — if (sem_wait(&s) == 0) guards the only accesses of data in main; a successful wait follows the post that came after the write */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
int data;
sem_t s;
static void *prod(void *a) {
    (void)a;
    data = 41;
    sem_post(&s);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    if (sem_wait(&s) == 0) {
        data++;
        printf("%d\n", data);
    }
    pthread_join(t, 0);
    return 0;
}
