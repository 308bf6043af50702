/* TRUTH: racy. The goto loop starts w twice with the same &slot[0]; both instances write slot[0] at once. */
#include <pthread.h>
int slot[2];
void *w(void *a) { *(int *)a += 1; return 0; }
int main(void) {
    pthread_t t[2];
    int n = 0;
L:
    pthread_create(&t[n], 0, w, &slot[0]);
    if (++n < 2)
        goto L;
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
    return 0;
}
