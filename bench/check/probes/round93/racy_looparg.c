// Classic bug: every thread gets &i, the loop counter, which main keeps
// incrementing while the threads read it -> race on i.
#include <pthread.h>
#include <stdio.h>
#define N 4
static int out[N + 1];
static void *worker(void *arg) {
    int id = *(int *)arg;
    out[id] = id * id;
    return NULL;
}
int main(void) {
    pthread_t t[N];
    int i;
    for (i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, &i);
    for (int j = 0; j < N; j++) pthread_join(t[j], NULL);
    printf("%d\n", out[0]);
    return 0;
}
