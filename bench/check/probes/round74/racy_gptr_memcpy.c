/* TRUTH: racy — memcpy(&gp, ...) moves gp to other; the thread's write through gp hits
   other.v, which main writes. */
#include <pthread.h>
#include <string.h>
#include <stdio.h>
struct S { int v; };
static struct S mine, other;
static struct S *gp = &mine;
static void *worker(void *p) { (void)p; gp->v = 1; return 0; }
int main(void)
{
    struct S *np = &other;
    memcpy(&gp, &np, sizeof gp);
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    other.v = 2;
    pthread_join(t, 0);
    printf("%d %d\n", mine.v, other.v);
    return 0;
}
