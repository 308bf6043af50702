/* TRUTH: racy. patch_task() memcpy's the address of ingest_nolock into tasks[1].entry, so main starts ingest_locked and ingest_nolock concurrently; ingest_nolock does 'inventory.count += ...' and 'inventory.last = ...' without the lock while ingest_locked updates them under inv_lock. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define NTASKS 2

struct inventory {
    long count;
    int last;
};

static struct inventory inventory;
static pthread_mutex_t inv_lock = PTHREAD_MUTEX_INITIALIZER;

static void *ingest_locked(void *arg)
{
    int base = *(const int *)arg;
    for (int i = 0; i < 10; i++) {
        pthread_mutex_lock(&inv_lock);
        inventory.count += base + i;
        inventory.last = base + i;
        pthread_mutex_unlock(&inv_lock);
    }
    return NULL;
}

static void *ingest_nolock(void *arg)
{
    int base = *(const int *)arg;
    for (int i = 0; i < 10; i++) {
        inventory.count += base + i;
        inventory.last = base + i;
    }
    return NULL;
}

struct task {
    const char *name;
    void *(*entry)(void *);
    int arg;
};

static struct task tasks[NTASKS] = {
    { "north", ingest_locked, 100 },
    { "south", ingest_locked, 200 },
};

/* hot-patch a task's entry point (as a test harness would) */
static void patch_task(int idx, void *(*replacement)(void *))
{
    memcpy(&tasks[idx].entry, &replacement, sizeof replacement);
}

int main(void)
{
    pthread_t th[NTASKS];
    int started = 0;

    patch_task(1, ingest_nolock);
    for (int i = 0; i < NTASKS; i++) {
        if (pthread_create(&th[i], NULL, tasks[i].entry, &tasks[i].arg) != 0)
            goto out;
        started++;
    }
out:
    for (int i = 0; i < started; i++)
        pthread_join(th[i], NULL);
    printf("count=%ld last=%d\n", inventory.count, inventory.last);
    return started == NTASKS ? 0 : 1;
}
