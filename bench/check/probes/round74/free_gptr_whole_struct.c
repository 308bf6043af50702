/* TRUTH: free — ip points at s viewed as int (its first member a); the thread writes *ip = s.a,
   main writes only s.b. */
#include <pthread.h>
#include <stdio.h>
struct S { int a; int b; };
static struct S s;
static int *ip = (int *)&s;
static void *worker(void *p) { (void)p; *ip = 1; return 0; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    s.b = 2;
    pthread_join(t, 0);
    printf("%d\n", s.b);
    return 0;
}
