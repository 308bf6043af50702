/* TRUTH: race-free. Both threads call ensure_init(&table_once), which calls pthread_once(&table_once, build): build's writes of table happen before either thread's reads after pthread_once returns. */
#include <pthread.h>
#include <stdio.h>

static pthread_once_t table_once = PTHREAD_ONCE_INIT;
static int table[16];

static void build(void)
{
    for (int i = 0; i < 16; i++)
        table[i] = i * 3;
    table[0] = 99;
}

static void ensure_init(pthread_once_t *o, void (*fn)(void))
{
    pthread_once(o, fn);
}

static void *user(void *arg)
{
    (void)arg;
    ensure_init(&table_once, build);
    printf("%d\n", table[0]);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, user, NULL);
    pthread_create(&b, NULL, user, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
