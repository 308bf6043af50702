// The join loop steps by 2, so odd-numbered workers are never joined and main
// reads their res[] entries while they may still write them -> race.
#include <pthread.h>
#include <stdio.h>
#define N 4
static int res[N];
static void *worker(void *arg) { long i = (long)arg; res[i] = (int)i * 3; return NULL; }
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i += 2) pthread_join(t[i], NULL);
    int s = 0;
    for (int i = 0; i < N; i++) s += res[i];
    printf("%d\n", s);
    return 0;
}
