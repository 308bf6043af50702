/* TRUTH: free. table_lock()/table_unlock() wrap the same global mutex and every access to entries is bracketed by them. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t table_mutex = PTHREAD_MUTEX_INITIALIZER;
static int entries[8];
static int used;

static void table_lock(void) { pthread_mutex_lock(&table_mutex); }
static void table_unlock(void) { pthread_mutex_unlock(&table_mutex); }

static void *inserter(void *arg)
{
    int v = *(int *)arg;
    for (int i = 0; i < 3; i++) {
        table_lock();
        if (used < 8)
            entries[used++] = v + i;
        table_unlock();
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    int va = 10, vb = 20;
    pthread_create(&a, NULL, inserter, &va);
    pthread_create(&b, NULL, inserter, &vb);
    table_lock();
    int snapshot = used;
    table_unlock();
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", snapshot, used);
    return 0;
}
