/* TRUTH: racy — finish(0) runs its loop zero times and returns, so w goes on to `g = 1`, which races with main's `g = 2` between create and join. */
#include <pthread.h>
int g;
void finish(int n) { for (int i = 0; i < n; i++) pthread_exit(0); }
void *w(void *p) { finish(0); g = 1; return 0; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    g = 2;
    pthread_join(t, 0);
    return g;
}
