/* free: stop() (if (w->t) join) is called for both workers before main reads the counts. */
#include <pthread.h>
struct wk { pthread_t t; int count; };
static struct wk ws[2];
static void *run(void *a) { struct wk *w = a; w->count++; return 0; }
static void stop(struct wk *w) { if (w->t) pthread_join(w->t, 0); }
int main(void) {
    for (int i = 0; i < 2; i++) pthread_create(&ws[i].t, 0, run, &ws[i]);
    stop(&ws[0]);
    stop(&ws[1]);
    return ws[0].count + ws[1].count;
}
