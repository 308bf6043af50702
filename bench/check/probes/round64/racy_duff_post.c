/* TRUTH: racy — Duff's-device style switch into a do/while: the loop repeats, so data is written again after the first post; main reads data after one wait */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
int start;
sem_t s;
static void *prod(void *a) {
    int n = 3;
    (void)a;
    switch (start) {
    case 0:
        do {
            data = n;
    case 1:
            sem_post(&s);
            usleep(20000);
        } while (--n > 0);
    }
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
