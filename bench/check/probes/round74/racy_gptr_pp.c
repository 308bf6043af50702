/* TRUTH: racy — gp's address is held by the global pp (initializer), and *pp = &other moves gp;
   the thread's write through gp hits other.v, which main writes. */
#include <pthread.h>
#include <stdio.h>
struct S { int v; };
static struct S mine, other;
static struct S *gp = &mine;
static struct S **pp = &gp;
static void *worker(void *p) { (void)p; gp->v = 1; return 0; }
int main(void)
{
    *pp = &other;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    other.v = 2;
    pthread_join(t, 0);
    printf("%d %d\n", mine.v, other.v);
    return 0;
}
