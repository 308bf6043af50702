/* racy: main stops worker b but then reads a->result, whose thread is still running. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct worker { pthread_t tid; int input; int result; };

static void *body(void *p) {
    struct worker *w = p;
    w->result = w->input * 2;
    return NULL;
}

static struct worker *start_worker(int input) {
    struct worker *w = malloc(sizeof *w);
    if (!w) exit(1);
    w->input = input;
    w->result = 0;
    pthread_create(&w->tid, NULL, body, w);
    return w;
}

static void stop_worker(struct worker *w) { pthread_join(w->tid, NULL); }

int main(void) {
    struct worker *a = start_worker(3);
    struct worker *b = start_worker(4);
    stop_worker(b);
    printf("%d %d\n", a->result, b->result);
    stop_worker(a);
    free(a);
    free(b);
    return 0;
}
