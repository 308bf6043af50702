/* TRUTH: racy — w writes its own tls (`tls = 1`, harmless) but also `*gp = 3` where gp holds main's &tls; main reads tls (`return tls` path: `r = tls`) after create and before join. */
#include <pthread.h>
__thread int tls;
int *gp;
void *w(void *p) { tls = 1; *gp = 3; return 0; }
int main(void)
{
    pthread_t t;
    int r;
    gp = &tls;
    pthread_create(&t, 0, w, 0);
    r = tls;
    pthread_join(t, 0);
    return r;
}
