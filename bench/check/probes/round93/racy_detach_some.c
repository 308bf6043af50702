// Workers created in a loop; odd ones are detached instead of joined, yet
// main reads every result after the join loop -> race with odd workers.
#include <pthread.h>
#include <stdio.h>
#define N 4
static int res[N];
static void *worker(void *arg) { long i = (long)arg; res[i] = (int)i + 1; return NULL; }
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) {
        pthread_create(&t[i], NULL, worker, (void *)i);
        if (i % 2) pthread_detach(t[i]);
    }
    for (int i = 0; i < N; i++)
        if (i % 2 == 0) pthread_join(t[i], NULL);
    int s = 0;
    for (int i = 0; i < N; i++) s += res[i];
    printf("%d\n", s);
    return 0;
}
