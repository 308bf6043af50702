/* racy: every thread gets &args[0] (bug: args instead of &args[i]), so all threads
   write args[0].result concurrently. */
#include <pthread.h>
#include <stdio.h>

#define N 4
struct job { int lo, hi; long result; };

static void *sum(void *p) {
    struct job *j = p;
    long s = 0;
    for (int k = j->lo; k < j->hi; k++)
        s += k;
    j->result = s;
    return NULL;
}

int main(void) {
    struct job args[N];
    pthread_t t[N];
    for (int i = 0; i < N; i++) {
        args[i].lo = i * 100;
        args[i].hi = (i + 1) * 100;
        args[i].result = 0;
    }
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, sum, args);
    long total = 0;
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], NULL);
        total += args[i].result;
    }
    printf("%ld\n", total);
    return 0;
}
