// The racy twin of gcc_second_names.c: a write by an alias name and one by an asm label are
// writes of the object they name.
#include <pthread.h>

int g, h;
extern int g_alias __attribute__((alias("g")));
extern int h_label __asm__("h");

static void *worker(void *arg)
{
    (void)arg;
    g_alias = 1; // RACE (definite): g_alias is g
    h_label = 1; // RACE (definite): h_label is h
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    g = 2; // RACE (definite)
    h = 2; // RACE (definite)
    pthread_join(t, NULL);
    return 0;
}
