/* TRUTH: racy — finish(w) joins w->peer->t; finish(&a) joins b's thread, so a's thread still runs when main reads a.result */
#include <pthread.h>
struct worker { pthread_t t; struct worker *peer; int result; };
static void finish(struct worker *w) { pthread_join(w->peer->t, 0); }
static void *work(void *arg) { struct worker *w = arg; w->result = 1; return 0; }
int main(void) {
    struct worker a, b;
    a.peer = &b; b.peer = &a;
    pthread_create(&a.t, 0, work, &a);
    pthread_create(&b.t, 0, work, &b);
    finish(&a);
    int r = a.result;
    pthread_join(a.t, 0);
    return r;
}
