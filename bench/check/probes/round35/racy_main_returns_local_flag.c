/* TRUTH: racy — done is 0, so main goes on to `g = 2` while w may be writing `g = 1`. */
#include <pthread.h>
int g;
void *w(void *a) { g = 1; return 0; }
int main(void)
{
    pthread_t t;
    int done = 0;
    pthread_create(&t, 0, w, 0);
    if (done)
        return 0;
    g = 2;
    pthread_join(t, 0);
    return g;
}
