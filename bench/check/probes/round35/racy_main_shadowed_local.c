/* TRUTH: racy — without the inner declaration, main's `x = 5` writes the outer x, which w writes through its argument concurrently. */
#include <pthread.h>
void *w(void *a) { *(int *)a = 1; return 0; }
int main(void)
{
    pthread_t t;
    int x = 0;
    int r;
    pthread_create(&t, 0, w, &x);
    {
        int *q = &x;
        x = 5;
        r = *q;
    }
    pthread_join(t, 0);
    return x + r;
}
