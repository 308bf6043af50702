/* free: the other thread only reads gt; main's if (gt) join joins the worker before it
   reads v. */
#include <pthread.h>
static pthread_t gt;
static int v;
static void *worker(void *a) { (void)a; v = 1; return 0; }
static void *clearer(void *a) { (void)a; return (void *)(long)(gt != 0); }
int main(void) {
    pthread_t c;
    pthread_create(&gt, 0, worker, 0);
    pthread_create(&c, 0, clearer, 0);
    pthread_join(c, 0);
    if (gt) pthread_join(gt, 0);
    return v;
}
