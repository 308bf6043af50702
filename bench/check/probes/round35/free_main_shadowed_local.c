/* TRUTH: free — w writes main's outer x (through its argument); main's `x = 5` in the inner block writes the inner x, a different object that shadows the outer one; main reads the outer x only after the join. */
#include <pthread.h>
void *w(void *a) { *(int *)a = 1; return 0; }
int main(void)
{
    pthread_t t;
    int x = 0;
    int r;
    pthread_create(&t, 0, w, &x);
    {
        int x = 3;
        int *q = &x;
        x = 5;
        r = *q;
    }
    pthread_join(t, 0);
    return x + r;
}
