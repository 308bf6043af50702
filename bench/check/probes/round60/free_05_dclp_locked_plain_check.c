/* TRUTH: free — double-checked init: the outer check is an ACQUIRE __atomic_load_n of inited, the inner check is a plain read of inited under mutex m, and the only write of inited is a RELEASE __atomic_store_n under m; the plain read and the atomic store are ordered by m, plain-vs-atomic-load is read/read, and cfg is published by the release/acquire pair or by m. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int inited;
static int cfg;
static int get_cfg(void) {
    if (!__atomic_load_n(&inited, __ATOMIC_ACQUIRE)) {
        pthread_mutex_lock(&m);
        if (!inited) {                 /* plain read under the lock */
            cfg = 1234;
            __atomic_store_n(&inited, 1, __ATOMIC_RELEASE);
        }
        pthread_mutex_unlock(&m);
    }
    return cfg;
}
static void *user(void *arg) {
    *(int *)arg = get_cfg();
    return NULL;
}
int main(void) {
    pthread_t t[3];
    int r[3];
    for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, user, &r[i]);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    printf("%d %d %d\n", r[0], r[1], r[2]);
    return 0;
}
