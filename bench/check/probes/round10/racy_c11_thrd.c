/* racy: C11 <threads.h>: two threads created with thrd_create both
   increment a plain global without a mtx_t. */
#include <threads.h>
static int counter;
static int worker(void *arg) { (void)arg; counter++; return 0; }
int main(void) {
    thrd_t a, b;
    thrd_create(&a, worker, 0);
    thrd_create(&b, worker, 0);
    thrd_join(a, 0);
    thrd_join(b, 0);
    return counter;
}
