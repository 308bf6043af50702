/* TRUTH: racy — ps[0] = &x and the array ps is the thread argument; w writes *((int **)a)[0] (x) while main writes x = 1 after the create. */
#include <pthread.h>
void *w(void *a) { *((int **)a)[0] = 2; return 0; }
int main(void)
{
    pthread_t t;
    int x = 0;
    int *ps[1] = { &x };
    pthread_create(&t, 0, w, ps);
    x = 1;
    pthread_join(t, 0);
    return x;
}
