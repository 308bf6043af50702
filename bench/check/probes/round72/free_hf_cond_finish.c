/* TRUTH: free — finish() joins when w->join is set, and it is 1; main reads a.result after the join */
#include <pthread.h>
struct worker { pthread_t t; int join; int result; };
static void finish(struct worker *w) { if (w->join) pthread_join(w->t, 0); }
static void *work(void *arg) { struct worker *w = arg; w->result = 1; return 0; }
int main(void) {
    struct worker a = { .join = 1 };
    pthread_create(&a.t, 0, work, &a);
    finish(&a);
    return a.result;
}
