/* TRUTH: racy — struct copy b = a copies the handle; detaching b.t detaches a's thread; finish(&a)'s join waits for nothing */
#include <pthread.h>
struct worker { pthread_t t; int result; };
static void finish(struct worker *w) { pthread_join(w->t, 0); }
static void *work(void *arg) { struct worker *w = arg; w->result = 1; return 0; }
int main(void) {
    struct worker a = { .result = 0 };
    pthread_create(&a.t, 0, work, &a);
    struct worker b = a;
    pthread_detach(b.t);
    finish(&a); /* UB on a detached thread: glibc returns EINVAL */
    return a.result;
}
