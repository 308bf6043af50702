/* TRUTH: free — whichever of die_if / die_pos hook holds, hook(1) ends the worker before hits++ */
#include <pthread.h>
#include <stdio.h>
static int hits;
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
static void (*hook)(int) = die_if;
static void *worker(void *arg)
{
    (void)arg;
    hook(1);
    hits++;
    return 0;
}
int main(void)
{
    hook = die_pos;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    hits++;
    pthread_join(t, 0);
    printf("%d\n", hits);
    return 0;
}
