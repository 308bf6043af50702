/* TRUTH: racy — double-checked init with a plain int flag: the unlocked read of inited in one thread races with the write inited = 1 under the lock in the other (and so may table). */
#include <pthread.h>
static int table[16];
static int inited;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int r[2];
static void ensure(void) {
    if (!inited) {
        pthread_mutex_lock(&m);
        if (!inited) { for (int i = 0; i < 16; i++) table[i] = i * i; inited = 1; }
        pthread_mutex_unlock(&m);
    }
}
static void *w(void *arg) { int id = *(int *)arg; ensure(); r[id] = table[5 + id]; return NULL; }
int main(void) {
    static int ids[2] = {0, 1};
    pthread_t x, y;
    pthread_create(&x, NULL, w, &ids[0]); pthread_create(&y, NULL, w, &ids[1]);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return r[0] + r[1];
}
