/* TRUTH: free — hook is last set to stay; the two-parameter function converted into it is never called; hits is written by the worker only before main's read after join */
#include <pthread.h>
#include <stdio.h>
static int hits, other;
static void stay(int v) { (void)v; }
static void two(int v, int *p) { *p = v; other++; }
static void (*hook)(int) = stay;
static void *worker(void *arg)
{
    (void)arg;
    hook(1);
    hits++;
    return 0;
}
int main(void)
{
    hook = (void (*)(int))two;
    hook = stay;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    pthread_join(t, 0);
    other++;
    printf("%d %d\n", hits, other);
    return 0;
}
