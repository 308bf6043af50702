/* TRUTH: free — p holds &g and q holds &h; t1 writes g, t2 writes h. */
#include <pthread.h>
int g, h;
int *p = &g, *q = &h;
void *t1(void *a) { *p = 1; return 0; }
void *t2(void *a) { *q = 2; return 0; }
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return g + h;
}
