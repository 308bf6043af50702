// x = x + 1 on an _Atomic int is an atomic load plus an atomic store: updates
// can be lost, but there is no data race (all accesses atomic).
#include <pthread.h>
#include <stdio.h>
static _Atomic int x;
static void *worker(void *arg) { (void)arg; for (int i = 0; i < 1000; i++) x = x + 1; return NULL; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL); pthread_join(b, NULL);
    printf("%d\n", (int)x);
    return 0;
}
