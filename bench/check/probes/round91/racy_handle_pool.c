/* racy: a pool of worker handles; stop_workers() is called for the first half only,
   then main reads every worker's result. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct worker { pthread_t tid; int id; int result; };

static void *body(void *p) {
    struct worker *w = p;
    w->result = w->id * 3;
    return NULL;
}

static struct worker *start_workers(int n) {
    struct worker *ws = calloc((size_t)n, sizeof *ws);
    if (!ws) abort();
    for (int i = 0; i < n; i++) {
        ws[i].id = i;
        pthread_create(&ws[i].tid, NULL, body, &ws[i]);
    }
    return ws;
}

static void stop_workers(struct worker *ws, int from, int to) {
    for (int i = from; i < to; i++)
        pthread_join(ws[i].tid, NULL);
}

int main(void) {
    struct worker *ws = start_workers(4);
    stop_workers(ws, 0, 2);
    int s = 0;
    for (int i = 0; i < 4; i++)
        s += ws[i].result;
    printf("%d\n", s);
    stop_workers(ws, 2, 4);
    free(ws);
    return 0;
}
