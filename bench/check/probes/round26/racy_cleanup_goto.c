/* TRUTH: racy. lookup() leaves the guarded block by `goto done`, which runs the cleanup
   (unlock of tab_lock), so `lookups++` at done runs without tab_lock, concurrently with
   resetter's `lookups = 0` under tab_lock. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t tab_lock = PTHREAD_MUTEX_INITIALIZER;
static int tab[4] = {3, 1, 4, 1};
static int lookups, misses;

static void release_tab(int *unused)
{
    (void)unused;
    pthread_mutex_unlock(&tab_lock);
}

static int lookup(int key)
{
    {
        int guard __attribute__((cleanup(release_tab))) = 0;
        pthread_mutex_lock(&tab_lock);
        if (tab[0] != key) {
            misses++;
            return -1; /* the cleanup unlocks here too */
        }
        goto done;
    }
done:
    lookups++;
    return 0;
}

static void *client(void *arg)
{
    (void)arg;
    return (void *)(long)lookup(3);
}

static void *resetter(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&tab_lock);
    lookups = 0;
    misses = 0;
    pthread_mutex_unlock(&tab_lock);
    return NULL;
}

int main(void)
{
    pthread_t c, r;
    pthread_create(&c, NULL, client, NULL);
    pthread_create(&r, NULL, resetter, NULL);
    pthread_join(c, NULL);
    pthread_join(r, NULL);
    printf("%d %d\n", lookups, misses);
    return 0;
}
