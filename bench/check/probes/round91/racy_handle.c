/* racy: main peeks at a->result before stop_worker(a) joins the thread that
   writes it. */
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

static int stop_worker(struct worker *w) {
    pthread_join(w->tid, NULL);
    int r = w->result;
    free(w);
    return r;
}

int main(void) {
    struct worker *a = start_worker(3);
    struct worker *b = start_worker(4);
    int peek = a->result;
    int ra = stop_worker(a);
    int rb = stop_worker(b);
    printf("%d %d\n", peek, ra + rb);
    return 0;
}
