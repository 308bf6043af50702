/* TRUTH: racy — tbl = {&x, &x}; threads given (void *)0 and (void *)1 write *tbl[id]: both x, unordered. */
#include <pthread.h>
int x, y;
int *tbl[2] = { &x, &x };
void *w(void *a) { *tbl[(long)a] = 1; return 0; }
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, w, (void *)0);
    pthread_create(&b, 0, w, (void *)1);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return x + y;
}
