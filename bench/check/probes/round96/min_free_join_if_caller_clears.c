/* free: main leaves gt alone; join_it's if (gt) join joins the worker before main
   reads v. */
#include <pthread.h>
static pthread_t gt;
static int v;
static void *worker(void *a) { (void)a; v = 1; return 0; }
static void join_it(void) { if (gt) pthread_join(gt, 0); }
int main(void) {
    pthread_create(&gt, 0, worker, 0);
    join_it();
    return v;
}
