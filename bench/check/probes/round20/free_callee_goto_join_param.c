/* TRUTH: race-free. reap(t) jumps back after joining t and only then returns; main reads and writes out after f ended. */
#include <pthread.h>
int out;
void *f(void *a) { out = 4; return a; }
static void reap(pthread_t t) {
    int joined = 0;
again:
    if (joined)
        return;
    pthread_join(t, 0);
    joined = 1;
    goto again;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, f, 0);
    reap(t);
    out = out * 2;
    return 0;
}
