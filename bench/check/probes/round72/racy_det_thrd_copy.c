/* TRUTH: racy — C11: a copy c of t is thrd_detach'ed; thrd_join(t) waits for nothing */
#include <threads.h>
int res;
static int w(void *a) { (void)a; res = 1; return 0; }
int main(void) {
    thrd_t t, c;
    thrd_create(&t, w, 0);
    c = t;
    thrd_detach(c);
    thrd_join(t, 0); /* UB on a detached thread */
    return res;
}
