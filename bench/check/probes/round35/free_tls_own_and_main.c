/* TRUTH: free — w writes only its own thread-local instance (`tls = 1`); main reads its own instance; gp is never dereferenced by w. */
#include <pthread.h>
__thread int tls;
int *gp;
void *w(void *p) { tls = 1; return 0; }
int main(void)
{
    pthread_t t;
    int r;
    gp = &tls;
    pthread_create(&t, 0, w, 0);
    r = tls;
    pthread_join(t, 0);
    return r + *gp;
}
