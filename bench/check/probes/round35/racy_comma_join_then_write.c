/* TRUTH: racy — `(g = 2, pthread_join(t, 0))`: the write precedes the join, concurrently with w's `g = 1`. */
#include <pthread.h>
int g;
void *w(void *a) { g = 1; return 0; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    (void)(g = 2, pthread_join(t, 0));
    return g;
}
