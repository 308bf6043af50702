/* TRUTH: racy — do/while: data++ in the second iteration runs after the first post; main reads data after one wait */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
static void *prod(void *a) {
    int n = 0;
    (void)a;
    do {
        data++;
        sem_post(&s);
        usleep(20000);
    } while (++n < 3);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
