/* free: args[i] is a distinct struct per thread; each thread writes only its own
   args[i].result; main reads after join. */
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
        pthread_create(&t[i], NULL, sum, &args[i]);
    }
    long total = 0;
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], NULL);
        total += args[i].result;
    }
    printf("%ld\n", total);
    return 0;
}
