/* TRUTH: free — `not p` (iso646's `not` is `!`) reads only the pointer p, never *p; the thread
   writes x, main never touches x while it runs. */
#include <iso646.h>
#include <pthread.h>
#include <stdio.h>
static int x;
static int *p = &x;
static void *worker(void *a) { (void)a; x = 1; return 0; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    int bad = not p;
    pthread_join(t, 0);
    printf("%d %d\n", bad, x);
    return 0;
}
