/* TRUTH: free — p = &x for the first create and p = &y for the second; thread 1 writes x, thread 2 writes y. */
#include <pthread.h>
int x, y;
void *w(void *a) { *(int *)a = 1; return 0; }
int main(void)
{
    pthread_t t1, t2;
    int *p = &x;
    pthread_create(&t1, 0, w, p);
    p = &y;
    pthread_create(&t2, 0, w, p);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return x + y;
}
