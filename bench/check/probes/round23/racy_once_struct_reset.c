/* TRUTH: racy. main resets the once control (assigning the whole struct ctl with PTHREAD_ONCE_INIT) after user has passed its pthread_once and stored loaded, so main's pthread_once runs load_table again: table = 42 in main races with user's read of table (which follows its store of loaded). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

struct init_ctl {
    pthread_once_t once;
    int generation;
};

static struct init_ctl ctl = {PTHREAD_ONCE_INIT, 0};
int table;
atomic_int loaded;

static void load_table(void)
{
    table = 42;
}

static void *user(void *arg)
{
    (void)arg;
    pthread_once(&ctl.once, load_table);
    atomic_store_explicit(&loaded, 1, memory_order_release);
    printf("%d\n", table);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, user, NULL);
    while (!atomic_load_explicit(&loaded, memory_order_acquire))
        ;
    ctl = (struct init_ctl){PTHREAD_ONCE_INIT, ctl.generation + 1}; /* reload the table */
    pthread_once(&ctl.once, load_table);
    pthread_join(t, NULL);
    return 0;
}
