/* TRUTH: racy. The handle t is overwritten on the second pass; the first w is never joined, so out = 1 after the join races with it. */
#include <pthread.h>
int out;
void *w(void *a) { return (void *)(long)out; }
int main(void) {
    pthread_t t;
    int n = 0;
L:
    pthread_create(&t, 0, w, 0);
    if (n++ < 1)
        goto L;
    pthread_join(t, 0);
    out = 1;
    return 0;
}
