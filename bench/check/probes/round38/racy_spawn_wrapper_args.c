/* TRUTH: racy — spawn starts w once with NULL and once with (void *)1: w(1) writes g = 1 while w(NULL) reads g, unordered */
#include <pthread.h>
int g;
int out;
void *w(void *arg)
{
    if (arg)
        g = 1;
    else
        out = g;
    return 0;
}
static void spawn(pthread_t *t, void *a) { pthread_create(t, 0, w, a); }
int main(void)
{
    pthread_t t1, t2;
    spawn(&t1, NULL);
    spawn(&t2, (void *)1);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return out;
}
