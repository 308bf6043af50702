/* TRUTH: racy — &p (p holds &x) is the thread argument; w writes `**(int **)a = 2` i.e. x, while main writes `x = 1` after the create and before the join. */
#include <pthread.h>
void *w(void *a) { **(int **)a = 2; return 0; }
int main(void)
{
    pthread_t t;
    int x = 0;
    int *p = &x;
    pthread_create(&t, 0, w, &p);
    x = 1;
    pthread_join(t, 0);
    return x;
}
