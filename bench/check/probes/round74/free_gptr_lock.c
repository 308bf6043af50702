/* TRUTH: free — lk points at m all along (never stored to); both threads hold m around x. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *lk = &m;
struct C { int x; };
static struct C c;
static struct C *cp = &c;
static void *worker(void *p) { (void)p; pthread_mutex_lock(lk); cp->x++; pthread_mutex_unlock(lk); return 0; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    pthread_mutex_lock(&m);
    c.x++;
    pthread_mutex_unlock(&m);
    pthread_join(t, 0);
    printf("%d\n", c.x);
    return 0;
}
