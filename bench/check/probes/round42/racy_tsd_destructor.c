/* TRUTH: racy — each worker sets a non-NULL value for key k, so destructor dtor runs at each worker's exit in that thread; its g++ (line 8) runs in two threads unordered */
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
    pthread_setspecific(k, (void *)1);
    return 0;
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
