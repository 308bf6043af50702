// Each thread gets a pointer to its own element of ids[], which main never
// modifies after creation -> race-free.
#include <pthread.h>
#include <stdio.h>
#define N 4
static int out[N];
static void *worker(void *arg) {
    int id = *(int *)arg;
    out[id] = id * id;
    return NULL;
}
int main(void) {
    pthread_t t[N];
    int ids[N];
    for (int i = 0; i < N; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, worker, &ids[i]);
    }
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%d\n", out[N - 1]);
    return 0;
}
