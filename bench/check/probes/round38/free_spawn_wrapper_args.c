/* TRUTH: free — spawn starts w(NULL) (reads g, writes out) and main joins it before spawning w((void *)1) (writes g = 1): the join orders them */
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
    pthread_join(t1, 0);
    spawn(&t2, (void *)1);
    pthread_join(t2, 0);
    return out;
}
