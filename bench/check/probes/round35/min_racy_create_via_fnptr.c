/* TRUTH: racy — pthread_create is called through the pointer pc; w's `g = 1` races with main's `g = 2` before the join. */
#include <pthread.h>
int g;
void *w(void *p) { g = 1; return 0; }
int main(void)
{
    int (*pc)(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *) = pthread_create;
    pthread_t t;
    pc(&t, 0, w, 0);
    g = 2;
    pthread_join(t, 0);
    return g;
}
