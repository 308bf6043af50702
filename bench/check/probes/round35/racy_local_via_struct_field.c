/* TRUTH: racy — &x is stored in the field of a local struct whose address is the thread argument; w writes `*a->p = 2` (x) while main writes `x = 1` between create and join. */
#include <pthread.h>
struct arg { int *p; };
void *w(void *v) { struct arg *a = v; *a->p = 2; return 0; }
int main(void)
{
    pthread_t t;
    int x = 0;
    struct arg a = { &x };
    pthread_create(&t, 0, w, &a);
    x = 1;
    pthread_join(t, 0);
    return x;
}
