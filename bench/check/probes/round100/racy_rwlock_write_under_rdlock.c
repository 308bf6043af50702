/* TRUTH: racy — lookups bump a hit counter while holding only the read lock, so two readers write it concurrently */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

struct entry { const char *key; int value; };

static pthread_rwlock_t table_lock = PTHREAD_RWLOCK_INITIALIZER;
static struct entry table[] = { { "one", 1 }, { "two", 2 }, { "three", 3 } };
static unsigned long lookups;

static int lookup(const char *key)
{
    int v = -1;
    pthread_rwlock_rdlock(&table_lock);
    lookups++;
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (strcmp(table[i].key, key) == 0)
            v = table[i].value;
    pthread_rwlock_unlock(&table_lock);
    return v;
}

static void *client(void *arg)
{
    for (int i = 0; i < 1000; i++)
        lookup(arg);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, client, "two");
    pthread_create(&b, NULL, client, "three");
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%lu lookups\n", lookups);
    return 0;
}
