/* TRUTH: free — _Generic(0, int: a, default: b) selects a (0 is an int): the thread writes a
   while main writes b only. */
#include <pthread.h>
#include <stdio.h>
static int a, b;
static void *worker(void *p) { (void)p; _Generic(0, int: a, default: b) = 1; return 0; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    b = 2;
    pthread_join(t, 0);
    printf("%d %d\n", a, b);
    return 0;
}
