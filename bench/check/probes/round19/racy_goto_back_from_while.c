/* TRUTH: racy. A goto out of a while loop back above it: the loop's body runs again writing x while f (reads x) runs. */
#include <pthread.h>
int x;
void *f(void *a) { int v = x; (void)v; return 0; }
int main(void) {
    pthread_t t;
    int k = 0, spawned = 0;
again:
    while (k < 2) {
        x = k;
        if (!spawned) {
            spawned = 1;
            pthread_create(&t, 0, f, 0);
            goto again;
        }
        k++;
    }
    pthread_join(t, 0);
    return 0;
}
