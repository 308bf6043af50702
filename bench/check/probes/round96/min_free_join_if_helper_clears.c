/* free: touch() only reads the global handle; main's if (gt) join joins the worker
   before its x++. */
#include <pthread.h>
static pthread_t gt;
static int x;
static int seen;
static void *worker(void *a) { (void)a; x++; return 0; }
static void touch(void) { seen = gt != 0; }
int main(void) {
    pthread_create(&gt, 0, worker, 0);
    touch();
    if (gt) pthread_join(gt, 0);
    x++;
    return x + seen;
}
