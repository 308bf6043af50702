/* TRUTH: free — t1's loop body is a return: it reads a[0] only, then the thread ends; t2 writes a[7] */
#include <pthread.h>
int a[10];
void *first(void *arg) { for (int i = 0; i < 10; i++) return (void *)(long)a[i]; return 0; }
void *t2(void *arg) { a[7] = 2; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, first, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return 0;
}
