/* TRUTH: free — view->x is the second int of a, a.y; main writes only a.x (first int), the
   thread writes only view->x (= a.y). */
#include <pthread.h>
#include <stdio.h>
struct A { int x; int y; };
struct B { int y; int x; };
static struct A a;
static struct B *view = (struct B *)&a;
static void *worker(void *p) { (void)p; view->x = 1; return 0; }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    a.x = 2;
    pthread_join(t, 0);
    printf("%d\n", a.x);
    return 0;
}
