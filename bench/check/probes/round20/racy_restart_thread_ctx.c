/* TRUTH: racy. Thread boss starts and joins kid (a reader of v), then after label L writes v; its goto path starts kid again (same function and argument), so the second v = 2 races with its read. */
#include <pthread.h>
int v;
void *kid(void *a) { return (void *)(long)v; }
void *boss(void *a) {
    pthread_t k;
    int n = 0;
    pthread_create(&k, 0, kid, 0);
    pthread_join(k, 0);
L:
    v = 2;
    if (n++ == 0) {
        pthread_create(&k, 0, kid, 0);
        goto L;
    }
    pthread_join(k, 0);
    return a;
}
int main(void) {
    pthread_t b;
    pthread_create(&b, 0, boss, 0);
    pthread_join(b, 0);
    return 0;
}
