/* TRUTH: racy. Thread mid starts leaf on its goto path and reruns g++ from label again while leaf writes g. */
#include <pthread.h>
int g;
void *leaf(void *a) { g = 11; return a; }
void *mid(void *a) {
    pthread_t l;
    int n = 0;
again:
    g++;
    if (n++ == 0) {
        pthread_create(&l, 0, leaf, 0);
        goto again;
    }
    pthread_join(l, 0);
    return a;
}
int main(void) {
    pthread_t m;
    pthread_create(&m, 0, mid, 0);
    pthread_join(m, 0);
    return 0;
}
