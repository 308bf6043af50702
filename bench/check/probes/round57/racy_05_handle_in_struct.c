/* TRUTH: racy — finish() reads w->result before joining w->th, so main's read of ws[i].result races with worker i's write of it. */
#include <pthread.h>
#include <stdio.h>
#define NW 3
struct worker {
    pthread_t th;
    int input;
    int result;
};
static void *run(void *p) {
    struct worker *w = p;
    w->result = w->input * 2;
    return NULL;
}
static void start(struct worker *w, int in) {
    w->input = in;
    pthread_create(&w->th, NULL, run, w);
}
static int finish(struct worker *w) {
    int r = w->result;
    pthread_join(w->th, NULL);
    return r;
}
int main(void) {
    struct worker ws[NW];
    for (int i = 0; i < NW; i++) start(&ws[i], i);
    int s = 0;
    for (int i = 0; i < NW; i++) s += finish(&ws[i]);
    printf("%d\n", s);
    return 0;
}
