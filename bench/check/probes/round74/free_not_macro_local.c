/* TRUTH: free — NOT q is !q: it reads the local pointer q, not *q (= x); only the thread
   writes x while it runs. */
#include <pthread.h>
#include <stdio.h>
#define NOT !
static int x;
static void *worker(void *a) { (void)a; x = 1; return 0; }
int main(void)
{
    int *q = &x;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    if (NOT q)
        return 1;
    pthread_join(t, 0);
    printf("%d\n", x);
    return 0;
}
