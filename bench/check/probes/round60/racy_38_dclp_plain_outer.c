/* TRUTH: racy — double-checked init whose outer check is a plain read of inited outside the lock, while another thread's RELEASE __atomic_store_n(&inited,1) happens under the lock; that plain read vs atomic write is unordered (and the plain read cannot acquire, so cfg's plain write/read race as well). */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int inited;
static int cfg;
static int get_cfg(void) {
    if (!inited) {                       /* plain read, no lock */
        pthread_mutex_lock(&m);
        if (!__atomic_load_n(&inited, __ATOMIC_RELAXED)) {
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
