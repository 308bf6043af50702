/* TRUTH: racy — main writes `g = 2` before the join through jn; it races with w's `g = 1`. */
#include <pthread.h>
int g;
void *w(void *p) { g = 1; return 0; }
int main(void)
{
    int (*jn)(pthread_t, void **) = pthread_join;
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    g = 2;
    jn(t, 0);
    return g;
}
