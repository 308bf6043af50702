/* TRUTH: free — the workers never set a value for k (it stays NULL), so dtor (g++, line 8) is never called */
#include <pthread.h>
static pthread_key_t k;
static int g;
static void dtor(void *p)
{
    (void)p;
    g++;
}
static void *w(void *a)
{
    (void)a;
    return pthread_getspecific(k);
}
int main(void)
{
    pthread_t t1, t2;
    pthread_key_create(&k, dtor);
    pthread_create(&t1, 0, w, 0);
    pthread_create(&t2, 0, w, 0);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return g;
}
