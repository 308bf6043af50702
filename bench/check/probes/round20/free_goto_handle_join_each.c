/* TRUTH: race-free. Each pass joins the thread it started before going back; out = 1 runs after the last join. */
#include <pthread.h>
int out;
void *w(void *a) { return (void *)(long)out; }
int main(void) {
    pthread_t t;
    int n = 0;
L:
    pthread_create(&t, 0, w, 0);
    pthread_join(t, 0);
    if (n++ < 1)
        goto L;
    out = 1;
    return 0;
}
