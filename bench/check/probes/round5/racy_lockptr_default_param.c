/* TRUTH: racy - bump(NULL) falls back to the default mutex while bump(&own) uses own; both increment hits */
#include <pthread.h>
static pthread_mutex_t default_m = PTHREAD_MUTEX_INITIALIZER, own = PTHREAD_MUTEX_INITIALIZER;
static int hits;
static void bump(pthread_mutex_t *m)
{
    pthread_mutex_t *use = m ? m : &default_m;
    pthread_mutex_lock(use);
    hits++;
    pthread_mutex_unlock(use);
}
static void *w1(void *arg) { (void)arg; bump(NULL); return NULL; }
static void *w2(void *arg) { (void)arg; bump(&own); return NULL; }
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, w1, NULL);
    pthread_create(&b, NULL, w2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return hits;
}
