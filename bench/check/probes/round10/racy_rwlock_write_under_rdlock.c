/* racy: two threads take the rwlock in READ mode and both write `table_size`;
   read locks do not exclude each other. */
#include <pthread.h>
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static int table_size;
static void *t(void *x) {
    (void)x;
    pthread_rwlock_rdlock(&rw);
    table_size++;
    pthread_rwlock_unlock(&rw);
    return 0;
}
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return table_size;
}
