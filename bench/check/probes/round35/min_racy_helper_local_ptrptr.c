/* TRUTH: racy — in run(), &p (p = &x) is the thread argument; w writes **a (x) while run writes x = 1 after the create. */
#include <pthread.h>
void *w(void *a) { **(int **)a = 2; return 0; }
int run(void)
{
    pthread_t t;
    int x = 0;
    int *p = &x;
    pthread_create(&t, 0, w, &p);
    x = 1;
    pthread_join(t, 0);
    return x;
}
int main(void) { return run(); }
