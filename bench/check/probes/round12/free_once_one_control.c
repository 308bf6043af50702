// free: twin of racy_once_two_controls with one control: init runs once, readers after pthread_once see it.
#include <pthread.h>
static pthread_once_t o1 = PTHREAD_ONCE_INIT;
static int cfg;
static void init(void) { cfg = cfg + 1; }
static void *ta(void *a) { (void)a; pthread_once(&o1, init); return (void *)(long)cfg; }
static void *tb(void *a) { (void)a; pthread_once(&o1, init); return (void *)(long)cfg; }
int main(void)
{
    pthread_t p, q;
    pthread_create(&p, NULL, ta, NULL);
    pthread_create(&q, NULL, tb, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return cfg;
}
