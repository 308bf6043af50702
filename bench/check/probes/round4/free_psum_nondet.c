/* TRUTH: race-free - each thread writes its own partial/maxval slot (ids distinct), main reduces after joining all n */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <assert.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
void assume_abort_if_not(int c) { if (!c) abort(); }
void reach_error(void) { assert(0); }

#define MAXT 8
#define LEN 64

struct range { int id; int lo; int hi; };

int data[LEN];
long partial[MAXT];
int maxval[MAXT];
struct range ranges[MAXT];
long total;

void *sum_range(void *arg)
{
    struct range *r = arg;
    long s = 0;
    int mx = 0;
    for (int i = r->lo; i < r->hi; i++) {
        s += data[i];
        if (data[i] > mx)
            mx = data[i];
    }
    partial[r->id] = s;
    maxval[r->id] = mx;
    return NULL;
}

int main(void)
{
    pthread_t t[MAXT];
    int n = __VERIFIER_nondet_int();
    assume_abort_if_not(n >= 1 && n <= MAXT);
    for (int i = 0; i < LEN; i++)
        data[i] = i;
    int chunk = LEN / n;
    for (int i = 0; i < n; i++) {
        ranges[i].id = i;
        ranges[i].lo = i * chunk;
        ranges[i].hi = (i == n - 1) ? LEN : (i + 1) * chunk;
    }
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, sum_range, &ranges[i]);
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    total = 0;
    int mx = 0;
    for (int i = 0; i < n; i++) {
        total += partial[i];
        if (maxval[i] > mx)
            mx = maxval[i];
    }
    if (total != (long)LEN * (LEN - 1) / 2)
        reach_error();
    if (mx != LEN - 1)
        reach_error();
    return 0;
}
