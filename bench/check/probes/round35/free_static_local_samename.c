/* TRUTH: free — f1 and f2 each declare their own `static int count`; they are two distinct objects. t1 only calls f1 (writes f1's count), t2 only calls f2 (writes f2's count). */
#include <pthread.h>
int f1(void) { static int count; return ++count; }
int f2(void) { static int count; return ++count; }
void *t1(void *p) { f1(); return 0; }
void *t2(void *p) { f2(); return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return 0;
}
