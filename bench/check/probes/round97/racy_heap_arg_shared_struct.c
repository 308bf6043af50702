/* RACY: one heap struct is passed to all workers; each stores its partial sum into
   the same field `result` with no lock. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct shared { int n; long result; };
static void *run(void *a) {
    struct shared *s = a;
    long local = 0;
    for (int i = 0; i < s->n; i++) local += i;
    s->result += local;
    return NULL;
}
int main(void) {
    struct shared *s = malloc(sizeof *s);
    s->n = 1000;
    s->result = 0;
    pthread_t t[3];
    for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, run, s);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    printf("%ld\n", s->result);
    free(s);
    return 0;
}
