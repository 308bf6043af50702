/* TRUTH: free — finish(w) joins w[1].t, so finish(&ws[0]) joins ws[1]'s thread; main then reads ws[1].result */
#include <pthread.h>
struct worker { pthread_t t; int result; };
static void finish(struct worker *w) { pthread_join(w[1].t, 0); }
static void *work(void *arg) { struct worker *w = arg; w->result = 1; return 0; }
int main(void) {
    struct worker ws[2];
    pthread_create(&ws[0].t, 0, work, &ws[0]);
    pthread_create(&ws[1].t, 0, work, &ws[1]);
    finish(&ws[0]);
    int r = ws[1].result;
    pthread_join(ws[0].t, 0);
    return r + ws[0].result;
}
