/* TRUTH: free — t writes main's instance of tls through gp, but main's own write `tls = 2` comes after pthread_join(t) and its earlier write before the create: all ordered. */
#include <pthread.h>
__thread int tls;
int *gp;
void *w(void *p) { *gp = 1; return 0; }
int main(void)
{
    pthread_t t;
    gp = &tls;
    tls = 5;
    pthread_create(&t, 0, w, 0);
    pthread_join(t, 0);
    tls = 2;
    return tls;
}
