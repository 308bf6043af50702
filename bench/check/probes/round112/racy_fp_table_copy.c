/* TRUTH: racy — hook is set from a table entry holding stay, so the worker returns from hook(1) and writes hits alongside main */
#include <pthread.h>
#include <stdio.h>
static int hits;
static void stay(int v) { (void)v; }
static void die_if(int v)
{
    if (v)
        pthread_exit(0);
}
static void die_pos(int v)
{
    if (v > 0)
        pthread_exit(0);
}
static void (*const table[])(int) = {stay, die_pos};
static void (*hook)(int) = die_if;
static void *worker(void *arg)
{
    (void)arg;
    hook(1);
    hits++;
    return 0;
}
int main(int argc, char **argv)
{
    (void)argv;
    hook = table[argc - 1];
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    hits++;
    pthread_join(t, 0);
    printf("%d\n", hits);
    return 0;
}
