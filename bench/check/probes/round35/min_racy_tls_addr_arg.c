/* TRUTH: racy — main hands &tls (its own instance) to w as the argument; w writes *(int *)a while main writes `tls = 1` after the create. */
#include <pthread.h>
__thread int tls;
void *w(void *a) { *(int *)a = 5; return 0; }
int main(void)
{
    pthread_t x;
    pthread_create(&x, 0, w, &tls);
    tls = 1;
    pthread_join(x, 0);
    return tls;
}
