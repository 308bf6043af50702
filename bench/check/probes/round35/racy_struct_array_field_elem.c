/* TRUTH: racy — both threads are given (void *)1 and write s[1].a[1], unordered. */
#include <pthread.h>
struct S { int a[2]; int b; } s[2];
void *w(void *p) { s[(long)p].a[1] = 1; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, w, (void *)1);
    pthread_create(&y, 0, w, (void *)1);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return s[1].a[1];
}
