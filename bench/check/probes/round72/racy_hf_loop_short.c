/* TRUTH: racy — 3 workers are created but the finish loop stops at 2; main reads ws[2].result while it may run */
#include <pthread.h>
struct worker { pthread_t t; int result; };
static void finish(struct worker *w) { pthread_join(w->t, 0); }
static void *work(void *arg) { struct worker *w = arg; w->result = 1; return 0; }
int main(void) {
    struct worker ws[3];
    int s = 0;
    for (int i = 0; i < 3; i++) pthread_create(&ws[i].t, 0, work, &ws[i]);
    for (int i = 0; i < 2; i++) finish(&ws[i]);
    for (int i = 0; i < 3; i++) s += ws[i].result;
    pthread_join(ws[2].t, 0);
    return s;
}
