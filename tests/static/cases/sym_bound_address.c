// A thread count lowered through its address between the create and join loops (shrink(&n))
// is not one bound for both: the last thread is never joined.
#include <pthread.h>

static int res[8];
static void *w(void *v) { *(int *)v = 1; return NULL; } // RACE (possible): main reads an unjoined thread's element
static void shrink(int *p) { *p -= 1; }

int main(void)
{
    pthread_t t[8];
    int n = 8;
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, w, &res[i]);
    shrink(&n);
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    int s = 0;
    for (int i = 0; i < 8; i++)
        s += res[i];
    return s;
}
