/* TRUTH: racy — p = &x then p = &y happen before both creates, so both threads get &y and write y, unordered. */
#include <pthread.h>
int x, y;
void *w(void *a) { *(int *)a = 1; return 0; }
int main(void)
{
    pthread_t t1, t2;
    int *p = &x;
    p = &y;
    pthread_create(&t1, 0, w, p);
    pthread_create(&t2, 0, w, p);
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return x + y;
}
