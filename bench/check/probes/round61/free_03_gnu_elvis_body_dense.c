/* TRUTH: free — i ?: (a[i] = 1) stores only when i == 0 (a[0]); t2 writes a[7], which t1 never touches */
#include <pthread.h>
int a[10];
void *t1(void *arg) { for (int i = 0; i < 10; i++) i ?: (a[i] = 1); return 0; }
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
