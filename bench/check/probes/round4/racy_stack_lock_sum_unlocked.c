/* TRUTH: racy - poppers add to popped_sum without sm */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <assert.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
void assume_abort_if_not(int c) { if (!c) abort(); }
void reach_error(void) { assert(0); }

#define CAP 16
#define NPUSH 3
#define NPOP 3
#define PER 4

int stack[CAP];
int top = 0;
int pushed_total = 0;
int popped_total = 0;
long popped_sum = 0;
pthread_mutex_t sm = PTHREAD_MUTEX_INITIALIZER;

int push(int v)
{
    pthread_mutex_lock(&sm);
    if (top == CAP) {
        pthread_mutex_unlock(&sm);
        return -1;
    }
    stack[top++] = v;
    pushed_total++;
    pthread_mutex_unlock(&sm);
    return 0;
}

int pop(int *out)
{
    pthread_mutex_lock(&sm);
    if (top == 0) {
        pthread_mutex_unlock(&sm);
        return -1;
    }
    *out = stack[--top];
    popped_total++;
    pthread_mutex_unlock(&sm);
    return 0;
}

void *pusher(void *arg)
{
    int base = (int)(long)arg * 10;
    int i = 0;
    while (i < PER) {
        if (push(base + i) == 0)
            i++;
    }
    return NULL;
}

void *popper(void *arg)
{
    (void)arg;
    int got = 0;
    long local = 0;
    while (got < PER) {
        int v;
        if (pop(&v) == 0) {
            local += v;
            got++;
        }
    }
    popped_sum += local;
    return NULL;
}

int main(void)
{
    pthread_t a[NPUSH], b[NPOP];
    for (int i = 0; i < NPUSH; i++)
        pthread_create(&a[i], NULL, pusher, (void *)(long)i);
    for (int i = 0; i < NPOP; i++)
        pthread_create(&b[i], NULL, popper, NULL);
    for (int i = 0; i < NPUSH; i++)
        pthread_join(a[i], NULL);
    for (int i = 0; i < NPOP; i++)
        pthread_join(b[i], NULL);
    if (pushed_total != NPUSH * PER || popped_total != pushed_total)
        reach_error();
    if (top != 0)
        reach_error();
    if (popped_sum != 3 * 6 + 4 * 10 + 4 * 20)
        reach_error();
    return 0;
}
