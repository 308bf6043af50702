/* TRUTH: racy — classic broken double-checked locking with plain flag: the unlocked plain read of `inited` (and then of `table`) races with another thread's plain writes of them under the lock. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int inited;
static int table;
static int get(void) {
    if (!inited) {
        pthread_mutex_lock(&m);
        if (!inited) {
            table = 500;
            inited = 1;
        }
        pthread_mutex_unlock(&m);
    }
    return table;
}
static void *work(void *arg) {
    *(int *)arg = get();
    return NULL;
}
int main(void) {
    pthread_t t[3];
    int r[3];
    for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, work, &r[i]);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    printf("%d %d %d\n", r[0], r[1], r[2]);
    return 0;
}
