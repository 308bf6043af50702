/* FREE: lazy singleton where both the check and the creation are inside the lock;
   the object's fields are only read afterwards (published under the lock). */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct pool { int size; };
static struct pool *the_pool;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static struct pool *get_pool(void) {
    pthread_mutex_lock(&mu);
    if (!the_pool) {
        the_pool = malloc(sizeof *the_pool);
        the_pool->size = 32;
    }
    struct pool *p = the_pool;
    pthread_mutex_unlock(&mu);
    return p;
}
static void *worker(void *a) {
    (void)a;
    struct pool *p = get_pool();
    return (void *)(long)p->size;
}
int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, NULL);
    pthread_create(&t2, NULL, worker, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    free(the_pool);
    return 0;
}
