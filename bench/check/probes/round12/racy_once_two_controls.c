// racy: two once-controls run the same initializer: it may run twice at once, both writing cfg.
#include <pthread.h>
static pthread_once_t o1 = PTHREAD_ONCE_INIT, o2 = PTHREAD_ONCE_INIT;
static int cfg;
static void init(void) { cfg = cfg + 1; }
static void *ta(void *a) { (void)a; pthread_once(&o1, init); return NULL; }
static void *tb(void *a) { (void)a; pthread_once(&o2, init); return NULL; }
int main(void)
{
    pthread_t p, q;
    pthread_create(&p, NULL, ta, NULL);
    pthread_create(&q, NULL, tb, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return cfg;
}
