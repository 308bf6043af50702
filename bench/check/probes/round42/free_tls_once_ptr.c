/* TRUTH: free — both workers call pthread_once on main's thread-local once object (via go); init's write of g (line 8) runs once and happens-before both returns, reads at line 14 are ordered after it */
#include <pthread.h>
static __thread pthread_once_t o = PTHREAD_ONCE_INIT;
static pthread_once_t *go;
static int g;
static void init(void)
{
    g = 42;
}
static void *w(void *a)
{
    (void)a;
    pthread_once(go, init);
    return (void *)(long)g;
}
int main(void)
{
    pthread_t t1, t2;
    go = &o;
    pthread_create(&t1, 0, w, 0);
    pthread_create(&t2, 0, w, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return 0;
}
