/* TRUTH: racy — main stores the address of ITS OWN instance of the thread-local `tls` in gp before creating t; t writes `*gp = 1` (main's instance) while main writes `tls = 2` after the create and before the join. */
#include <pthread.h>
__thread int tls;
int *gp;
void *w(void *p) { *gp = 1; return 0; }
int main(void)
{
    pthread_t t;
    gp = &tls;
    pthread_create(&t, 0, w, 0);
    tls = 2;
    pthread_join(t, 0);
    return tls;
}
