/* TRUTH: racy — C11 thrd_detach then thrd_join: the join waits for nothing */
#include <threads.h>
#include <pthread.h>
int res;
static int w(void *a) { (void)a; res = 1; return 0; }
int main(void) {
    thrd_t t;
    thrd_create(&t, w, 0);
    thrd_detach(t);
    thrd_join(t, 0); /* UB on a detached thread */
    return res;
}
