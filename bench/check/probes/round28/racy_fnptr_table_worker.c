/* TRUTH: racy. The ops table's 'step' for both workers is do_inc, which updates the
   shared 'ticks' without a lock; the two workers are started through the table. */
#include <pthread.h>
#include <stdio.h>

struct ops {
    void (*step)(void);
    const char *name;
};

static long ticks;

static void do_inc(void)
{
    ticks++;
}

static const struct ops table[2] = {
    {do_inc, "a"},
    {do_inc, "b"},
};

static void *runner(void *arg)
{
    const struct ops *o = arg;
    for (int k = 0; k < 100; k++)
        o->step();
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, runner, (void *)&table[i]);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", ticks);
    return 0;
}
