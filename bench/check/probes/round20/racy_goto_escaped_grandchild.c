/* TRUTH: racy. mid starts leaf and returns without joining it; main's join of mid does not wait for leaf, so main's z = 1 on the second pass races with leaf. */
#include <pthread.h>
int z;
void *leaf(void *a) { z = 2; return a; }
void *mid(void *a) {
    pthread_t l;
    pthread_create(&l, 0, leaf, 0);
    pthread_detach(l);
    return a;
}
int main(void) {
    pthread_t t;
    int n = 0;
L:
    z = 1;
    pthread_create(&t, 0, mid, 0);
    pthread_join(t, 0);
    if (n++ == 0)
        goto L;
    return 0;
}
