/* TRUTH: racy - the resetter clears shared_obj.gen directly without lock_for(), while the worker updates it under the striped lock */
#include <pthread.h>
#include <stdint.h>
#define NL 4
static pthread_mutex_t stripes[NL] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
                                       PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
struct obj { int refs; int gen; };
static struct obj shared_obj;
static pthread_mutex_t *lock_for(const void *p)
{
    return &stripes[((uintptr_t)p >> 4) % NL];
}
static void touch(struct obj *o)
{
    pthread_mutex_t *l = lock_for(o);
    pthread_mutex_lock(l);
    o->refs++;
    o->gen++;
    pthread_mutex_unlock(l);
}
static void *worker(void *arg) { for (int i = 0; i < 10; i++) touch(arg); return NULL; }
static void *resetter(void *arg) { struct obj *o = arg; o->gen = 0; return NULL; }
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, &shared_obj);
    pthread_create(&b, NULL, resetter, &shared_obj);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return shared_obj.refs;
}
