/* racy: readers hold the read lock, but the writer forgets the write lock. */
#include <pthread.h>
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int table_size;
static void *rd(void *x) {
    (void)x;
    pthread_rwlock_rdlock(&rw);
    int v = table_size;
    pthread_rwlock_unlock(&rw);
    return (void *)(long)v;
}
static void *wr(void *x) { (void)x; table_size++; return 0; }
int main(void) {
    pthread_t p, r;
    pthread_create(&p, 0, rd, 0);
    pthread_create(&r, 0, wr, 0);
    pthread_join(p, 0);
    pthread_join(r, 0);
    return table_size;
}
