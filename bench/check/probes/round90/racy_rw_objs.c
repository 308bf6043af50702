/* racy: table_grow_into(src, dst) holds src's WRITE lock but writes dst->size; a looker reads
   tables[1].size under tables[1]'s read lock, which does not exclude tables[0]'s write lock. */
#include <pthread.h>
struct table { pthread_rwlock_t lock; int size; int used; };
static struct table tables[2] = { { PTHREAD_RWLOCK_INITIALIZER, 8, 0 },
                                  { PTHREAD_RWLOCK_INITIALIZER, 8, 0 } };

static int table_size(struct table *t) {
    int s;
    pthread_rwlock_rdlock(&t->lock);
    s = t->size;
    pthread_rwlock_unlock(&t->lock);
    return s;
}
static void table_grow_into(struct table *src, struct table *dst) {
    pthread_rwlock_wrlock(&src->lock);
    dst->size = src->size * 2;
    pthread_rwlock_unlock(&src->lock);
}
static void *looker(void *arg) {
    long s = 0;
    (void)arg;
    for (int i = 0; i < 100; i++) s += table_size(&tables[i & 1]);
    return (void *)s;
}
static void *grower(void *arg) {
    (void)arg;
    for (int i = 0; i < 3; i++) table_grow_into(&tables[0], &tables[1]);
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, looker, NULL);
    pthread_create(&b, NULL, grower, NULL);
    pthread_join(a, NULL); pthread_join(b, NULL);
    return 0;
}
