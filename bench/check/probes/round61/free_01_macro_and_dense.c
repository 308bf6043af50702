/* TRUTH: free — t1 stores a[i] only while 5 - i > 0 (a[0..4]); t2 writes a[7], which nobody else touches */
#include <pthread.h>
int a[10];
#define STORE_IF_POS(x, v) ((x) > 0 && ((v) = (x)))
void *t1(void *arg) { for (int i = 0; i < 10; i++) STORE_IF_POS(5 - i, a[i]); return 0; }
void *t2(void *arg) { a[7] = 2; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return 0;
}
