/* TRUTH: free — each worker i writes only data[i] (i passed by value); main reads data[] only after joining all workers in a second loop. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#define N 4
static int data[N];
static void *worker(void *arg) {
    intptr_t i = (intptr_t)arg;
    data[i] = (int)i * 10;
    return NULL;
}
int main(void) {
    pthread_t th[N];
    for (int i = 0; i < N; i++)
        pthread_create(&th[i], NULL, worker, (void *)(intptr_t)i);
    for (int i = 0; i < N; i++)
        pthread_join(th[i], NULL);
    int sum = 0;
    for (int i = 0; i < N; i++)
        sum += data[i];
    printf("%d\n", sum);
    return 0;
}
