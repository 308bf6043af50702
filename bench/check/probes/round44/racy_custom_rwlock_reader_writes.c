/* TRUTH: racy — same mutex+condvar rwlock, but the lookup path also writes last_key while holding only a shared read lock */
#include <pthread.h>
typedef struct { pthread_mutex_t m; pthread_cond_t ok; int readers, writer; } rwl_t;
static rwl_t L = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, 0};
static void rd_lock(rwl_t *l) {
    pthread_mutex_lock(&l->m);
    while (l->writer) pthread_cond_wait(&l->ok, &l->m);
    l->readers++;
    pthread_mutex_unlock(&l->m);
}
static void rd_unlock(rwl_t *l) {
    pthread_mutex_lock(&l->m);
    if (--l->readers == 0) pthread_cond_broadcast(&l->ok);
    pthread_mutex_unlock(&l->m);
}
static int vals[8];
static int last_key;
static int lookup(int k) {
    rd_lock(&L);
    int v = vals[k & 7];
    last_key = k;
    rd_unlock(&L);
    return v;
}
static void *reader(void *a) { int s = 0; for (int i = 0; i < 50; i++) s += lookup(i + (int)(long)a); return (void *)(long)s; }
int main(void) {
    pthread_t r1, r2;
    pthread_create(&r1, NULL, reader, (void *)0L);
    pthread_create(&r2, NULL, reader, (void *)3L);
    pthread_join(r1, NULL); pthread_join(r2, NULL);
    return last_key;
}
