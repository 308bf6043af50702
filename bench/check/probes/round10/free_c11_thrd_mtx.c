/* free: C11 <threads.h>: increments protected by a mtx_t. */
#include <threads.h>
static int counter;
static mtx_t mu;
static int worker(void *arg) { (void)arg; mtx_lock(&mu); counter++; mtx_unlock(&mu); return 0; }
int main(void) {
    mtx_init(&mu, mtx_plain);
    thrd_t a, b;
    thrd_create(&a, worker, 0);
    thrd_create(&b, worker, 0);
    thrd_join(a, 0);
    thrd_join(b, 0);
    mtx_destroy(&mu);
    return counter;
}
