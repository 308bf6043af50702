/* TRUTH: race-free - readers read table[] under rdlock (reads only), the writer writes it under wrlock; a writer excludes all readers */
#include <pthread.h>
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int table[8];
static int lookup(int k)
{
    pthread_rwlock_rdlock(&rw);
    int v = table[k & 7];
    pthread_rwlock_unlock(&rw);
    return v;
}
static void store(int k, int v)
{
    pthread_rwlock_wrlock(&rw);
    table[k & 7] = v;
    pthread_rwlock_unlock(&rw);
}
static void *reader(void *arg) { (void)arg; int s = 0; for (int i = 0; i < 100; i++) s += lookup(i); return (void *)(long)s; }
static void *writer(void *arg) { (void)arg; for (int i = 0; i < 100; i++) store(i, i); return NULL; }
int main(void)
{
    pthread_t r1, r2, w;
    pthread_create(&r1, NULL, reader, NULL);
    pthread_create(&r2, NULL, reader, NULL);
    pthread_create(&w, NULL, writer, NULL);
    pthread_join(r1, NULL);
    pthread_join(r2, NULL);
    pthread_join(w, NULL);
    return 0;
}
