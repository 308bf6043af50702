/* free: each table has its own rwlock reached through a pointer; lookups read t->size under
   rdlock(&t->lock) and resize writes it under wrlock(&t->lock) of the same table. */
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
static void table_grow(struct table *t) {
    pthread_rwlock_wrlock(&t->lock);
    t->size *= 2;
    pthread_rwlock_unlock(&t->lock);
}
static void *looker(void *arg) {
    long s = 0;
    (void)arg;
    for (int i = 0; i < 100; i++) s += table_size(&tables[i & 1]);
    return (void *)s;
}
static void *grower(void *arg) {
    struct table *t = arg;
    for (int i = 0; i < 3; i++) table_grow(t);
    return NULL;
}
int main(void) {
    pthread_t a, b, c;
    pthread_create(&a, NULL, looker, NULL);
    pthread_create(&b, NULL, grower, &tables[0]);
    pthread_create(&c, NULL, grower, &tables[1]);
    pthread_join(a, NULL); pthread_join(b, NULL); pthread_join(c, NULL);
    return 0;
}
