/* TRUTH: racy — finish() joins only when w->join is set, and it is 0; main reads a.result unordered */
#include <pthread.h>
struct worker { pthread_t t; int join; int result; };
static void finish(struct worker *w) { if (w->join) pthread_join(w->t, 0); }
static void *work(void *arg) { struct worker *w = arg; w->result = 1; return 0; }
int main(void) {
    struct worker a = { .join = 0 };
    pthread_create(&a.t, 0, work, &a);
    finish(&a);
    int r = a.result;
    pthread_join(a.t, 0);
    return r;
}
