/* TRUTH: race-free. lookup() holds m from the lock to each return (the cleanup unlocks after
   the return value is computed); hits and table are only touched there, and by main after
   the joins. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int hits;
static int table[4] = {5, 6, 7, 8};

static void unlock_m(int *unused)
{
    (void)unused;
    pthread_mutex_unlock(&m);
}

static int lookup(int k)
{
    int guard __attribute__((cleanup(unlock_m))) = 0;
    pthread_mutex_lock(&m);
    hits++;
    if (k < 0)
        return -1;
    table[k & 3] += 1;
    return table[k & 3];
}

static void *client(void *arg)
{
    return (void *)(long)lookup((int)(long)arg);
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, client, (void *)1);
    pthread_create(&b, NULL, client, (void *)2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", hits, table[1]);
    return 0;
}
