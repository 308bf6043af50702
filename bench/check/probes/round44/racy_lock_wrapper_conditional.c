/* TRUTH: racy — maybe_lock() only locks when the caller passes need_lock=1, and the background thread passes 0 */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int cfg_version;
static void maybe_lock(int need) { if (need) pthread_mutex_lock(&m); }
static void maybe_unlock(int need) { if (need) pthread_mutex_unlock(&m); }
static void bump(int need) {
    maybe_lock(need);
    cfg_version++;
    maybe_unlock(need);
}
static void *bg(void *a) { (void)a; for (int i = 0; i < 10; i++) bump(0); return NULL; }
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, bg, NULL);
    for (int i = 0; i < 10; i++) bump(1);
    pthread_join(t, NULL);
    return cfg_version;
}
