/* TRUTH: race-free. start_bg() starts bg on the goto path, and bg is joined before the goto back; hits++ never runs alongside bg. */
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
        pthread_join(bgt, 0);
        goto L;
    }
    return 0;
}
