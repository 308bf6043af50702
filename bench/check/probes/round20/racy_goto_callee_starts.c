/* TRUTH: racy. start_bg() (called only on the goto path) starts bg; the rerun of hits++ races with bg. */
#include <pthread.h>
int hits;
pthread_t bgt;
void *bg(void *a) { hits = -1; return a; }
static void start_bg(void) { pthread_create(&bgt, 0, bg, 0); }
int main(void) {
    int n = 0;
L:
    hits++;
    if (n == 0) {
        n = 1;
        start_bg();
        goto L;
    }
    pthread_join(bgt, 0);
    return 0;
}
