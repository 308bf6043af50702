/* TRUTH: free — worker i writes out[i] then posts done[i]; main waits done[i] before reading and rewriting out[i] */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#define N 4
int out[N];
sem_t done[N];
static void *worker(void *p) {
    long i = (long)p;
    out[i] = (int)i * 10;
    sem_post(&done[i]);
    return 0;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++)
        sem_init(&done[i], 0, 0);
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], 0, worker, (void *)i);
    int sum = 0;
    for (int i = 0; i < N; i++) {
        sem_wait(&done[i]);
        sum += out[i];
        out[i] = 0;
    }
    printf("%d\n", sum);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], 0);
    return 0;
}
