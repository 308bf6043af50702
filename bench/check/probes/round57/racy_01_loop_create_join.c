/* TRUTH: racy — main reads data[0] (sum before the join loop) while worker 0 may concurrently write data[0]; the read is not ordered after worker 0's write. */
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
    int sum = 0;
    for (int i = 0; i < N; i++)
        sum += data[i];
    for (int i = 0; i < N; i++)
        pthread_join(th[i], NULL);
    printf("%d\n", sum);
    return 0;
}
