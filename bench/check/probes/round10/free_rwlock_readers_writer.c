/* free: readers read under rdlock, the writer writes under wrlock. */
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
static void *wr(void *x) {
    (void)x;
    pthread_rwlock_wrlock(&rw);
    table_size++;
    pthread_rwlock_unlock(&rw);
    return 0;
}
int main(void) {
    pthread_t p, q, r;
    pthread_create(&p, 0, rd, 0);
    pthread_create(&q, 0, rd, 0);
    pthread_create(&r, 0, wr, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    pthread_join(r, 0);
    return table_size;
}
