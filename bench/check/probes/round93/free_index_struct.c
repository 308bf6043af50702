// Worker ids come from an args[] array with distinct ids 0,1,2: each worker
// writes only its own res[] element -> race-free.
#include <pthread.h>
#include <stdio.h>
#define N 3
struct targ { int id; };
static struct targ args[N] = { {0}, {1}, {2} };
static int res[N];
static void *worker(void *p) {
    struct targ *a = p;
    for (int k = 0; k < 100; k++) res[a->id] += k;
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, &args[i]);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%d\n", res[1]);
    return 0;
}
