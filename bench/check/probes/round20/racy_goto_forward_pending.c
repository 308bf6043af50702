/* TRUTH: racy. Pass 1 starts w and goes back to L; pass 2 takes the forward goto to out, where d = 1 races with w. */
#include <pthread.h>
int d;
void *w(void *a) { d = 6; return a; }
int main(void) {
    pthread_t t;
    int n = 0;
L:
    if (n == 1)
        goto out;
    pthread_create(&t, 0, w, 0);
    n = 1;
    goto L;
out:
    d = 1;
    pthread_join(t, 0);
    return 0;
}
