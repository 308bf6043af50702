/* FREE: main mallocs a per-thread work item, fills it before create, and the
   thread alone uses and frees it. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct job { int from, to; long result; };
static long totals[4];
static void *run(void *a) {
    struct job *j = a;
    long s = 0;
    for (int i = j->from; i < j->to; i++) s += i;
    j->result = s;
    totals[j->from / 100] = j->result;
    free(j);
    return NULL;
}
int main(void) {
    pthread_t t[4];
    for (int i = 0; i < 4; i++) {
        struct job *j = malloc(sizeof *j);
        j->from = i * 100;
        j->to = j->from + 100;
        j->result = 0;
        pthread_create(&t[i], NULL, run, j);
    }
    for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
    long s = 0;
    for (int i = 0; i < 4; i++) s += totals[i];
    printf("%ld\n", s);
    return 0;
}
