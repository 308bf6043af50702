/* TRUTH: racy - each thread normalises b[] in place (b[k] = b[k] * 1.0) while others read it */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <assert.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
void assume_abort_if_not(int c) { if (!c) abort(); }
void reach_error(void) { assert(0); }

#define N 4
#define ROWS 12
#define COLS 6

double a[ROWS][COLS];
double b[COLS];
double c[ROWS];
int rows_done[N];

struct job { int id; int first; int last; };
struct job jobs[N];

void *mult(void *arg)
{
    struct job *j = arg;
    int done = 0;
    for (int k = 0; k < COLS; k++)
        b[k] = b[k] * 1.0;
    for (int r = j->first; r < j->last; r++) {
        double s = 0;
        for (int k = 0; k < COLS; k++)
            s += a[r][k] * b[k];
        c[r] = s;
        done++;
    }
    rows_done[j->id] = done;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (int r = 0; r < ROWS; r++)
        for (int k = 0; k < COLS; k++)
            a[r][k] = r + k;
    for (int k = 0; k < COLS; k++)
        b[k] = 1.0;
    int per = ROWS / N;
    for (int i = 0; i < N; i++) {
        jobs[i].id = i;
        jobs[i].first = i * per;
        jobs[i].last = (i + 1) * per;
    }
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, mult, &jobs[i]);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    int total = 0;
    for (int i = 0; i < N; i++)
        total += rows_done[i];
    if (total != ROWS)
        reach_error();
    for (int r = 0; r < ROWS; r++)
        if (c[r] != r * COLS + (COLS - 1) * COLS / 2)
            reach_error();
    return 0;
}
