/* TRUTH: free — E2 g is __extension__ g (through two macros): a read of g, no increment; the
   thread and main only read g. */
#include <pthread.h>
#include <stdio.h>
#define E1 __extension__
#define E2 E1
static int g = 3;
static void *worker(void *a) { (void)a; int y = E2 g; return (void *)(long)y; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    int y = E2 g;
    pthread_join(t, 0);
    printf("%d\n", y);
    return 0;
}
