/* TRUTH: race-free. The goto retries only when pthread_create failed (no thread started); the one thread is joined before x++. */
#include <pthread.h>
int x;
void *f(void *a) { x++; return 0; }
int main(void) {
    pthread_t t;
    int tries = 0;
retry:
    if (pthread_create(&t, 0, f, 0) != 0) {
        if (++tries < 5)
            goto retry;
        return 1;
    }
    pthread_join(t, 0);
    x++;
    return 0;
}
