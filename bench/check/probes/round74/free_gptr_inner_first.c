/* TRUTH: free — gp points at s.in (struct In at offset 0 of s); gp->q is s.in.q; main writes
   s.q (a different int, offset 8). */
#include <pthread.h>
#include <stdio.h>
struct In { int p; int q; };
struct S { struct In in; int q; };
static struct S s;
static struct In *gp = &s.in;
static void *worker(void *x) { (void)x; gp->q = 1; return 0; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    s.q = 2;
    pthread_join(t, 0);
    printf("%d\n", s.q);
    return 0;
}
