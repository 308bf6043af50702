/* TRUTH: racy — hook ends up holding stay (stored through a pointer to hook), so the worker goes on to hits++ alongside main's */
#include <pthread.h>
#include <stdio.h>
static int hits;
static void stay(int v) { (void)v; }
static void die_if(int v)
{
    if (v)
        pthread_exit(0);
}
static void die_too(int v)
{
    if (v > 0)
        pthread_exit(0);
}
static void (*hook)(int) = die_if;
static void set_hook(void (**pp)(int), void (*f)(int)) { *pp = f; }
static void *worker(void *arg)
{
    (void)arg;
    hook(1);
    hits++;
    return 0;
}
int main(void)
{
    hook = die_too;
    set_hook(&hook, stay);
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    hits++;
    pthread_join(t, 0);
    printf("%d\n", hits);
    return 0;
}
