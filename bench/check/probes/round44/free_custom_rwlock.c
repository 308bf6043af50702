/* TRUTH: free — reader/writer lock from mutex+condvar (readers count, writer flag); the dictionary is read only while holding a read share and written only while the writer holds it exclusively */
#include <pthread.h>
#include <string.h>
typedef struct {
    pthread_mutex_t m;
    pthread_cond_t ok;
    int readers, writer;
} rwl_t;
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
static void wr_lock(rwl_t *l) {
    pthread_mutex_lock(&l->m);
    while (l->writer || l->readers) pthread_cond_wait(&l->ok, &l->m);
    l->writer = 1;
    pthread_mutex_unlock(&l->m);
}
static void wr_unlock(rwl_t *l) {
    pthread_mutex_lock(&l->m);
    l->writer = 0;
    pthread_cond_broadcast(&l->ok);
    pthread_mutex_unlock(&l->m);
}
static char keys[8][16];
static int vals[8];
static int nkeys;
static int lookup(const char *k) {
    int v = -1;
    rd_lock(&L);
    for (int i = 0; i < nkeys; i++) if (strcmp(keys[i], k) == 0) v = vals[i];
    rd_unlock(&L);
    return v;
}
static void insert(const char *k, int v) {
    wr_lock(&L);
    if (nkeys < 8) { strcpy(keys[nkeys], k); vals[nkeys] = v; nkeys++; }
    wr_unlock(&L);
}
static void *reader(void *a) { (void)a; int s = 0; for (int i = 0; i < 50; i++) s += lookup("b"); return (void *)(long)s; }
static void *writer(void *a) { (void)a; insert("a", 1); insert("b", 2); insert("c", 3); return NULL; }
int main(void) {
    pthread_t r1, r2, w;
    pthread_create(&r1, NULL, reader, NULL);
    pthread_create(&w, NULL, writer, NULL);
    pthread_create(&r2, NULL, reader, NULL);
    pthread_join(r1, NULL); pthread_join(r2, NULL); pthread_join(w, NULL);
    return nkeys;
}
