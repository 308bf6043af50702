/* TRUTH: racy — memcpy puts stay into hook; hook(1) returns and the worker writes hits alongside main */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
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
    void (*f)(int) = stay;
    hook = die_pos;
    memcpy(&hook, &f, sizeof f);
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    hits++;
    pthread_join(t, 0);
    printf("%d\n", hits);
    return 0;
}
