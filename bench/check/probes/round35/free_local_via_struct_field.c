/* TRUTH: free — the thread writes x through a->p, but main writes x only before the create (initializer) and after the join. */
#include <pthread.h>
struct arg { int *p; };
void *w(void *v) { struct arg *a = v; *a->p = 2; return 0; }
int main(void)
{
    pthread_t t;
    int x = 0;
    struct arg a = { &x };
    pthread_create(&t, 0, w, &a);
    pthread_join(t, 0);
    x = 1;
    return x;
}
