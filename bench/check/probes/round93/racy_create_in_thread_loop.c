// A manager thread creates and detaches the workers; main joins only the
// manager and then reads the workers' results -> race with the workers.
#include <pthread.h>
#include <stdio.h>
#define N 3
static int res[N];
static void *worker(void *arg) { long i = (long)arg; res[i] = (int)i + 1; return NULL; }
static void *manager(void *arg) {
    (void)arg;
    pthread_t t[N];
    for (long i = 0; i < N; i++) { pthread_create(&t[i], NULL, worker, (void *)i); pthread_detach(t[i]); }
    return NULL;
}
int main(void) {
    pthread_t m;
    pthread_create(&m, NULL, manager, NULL);
    pthread_join(m, NULL);
    printf("%d\n", res[0] + res[1] + res[2]);
    return 0;
}
