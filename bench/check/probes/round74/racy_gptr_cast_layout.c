/* TRUTH: racy — view points at a (cast): view->y is the first int of a, a.x, which main writes
   while the thread writes view->y. */
#include <pthread.h>
#include <stdio.h>
struct A { int x; int y; };
struct B { int y; int x; };
static struct A a;
static struct B *view = (struct B *)&a;
static void *worker(void *p) { (void)p; view->y = 1; return 0; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    a.x = 2;
    pthread_join(t, 0);
    printf("%d\n", a.x);
    return 0;
}
