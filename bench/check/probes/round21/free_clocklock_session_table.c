/* TRUTH: race-free. Each session-table access happens after pthread_mutex_clocklock(&tbl_lock, ...) returned 0 (any failure aborts the process before the access) and before the matching unlock, so both threads' accesses to sessions/nsessions are mutually exclusive; main reads after joining. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define MAXS 8

struct session {
    int id;
    int active;
};

static pthread_mutex_t tbl_lock = PTHREAD_MUTEX_INITIALIZER;
static struct session sessions[MAXS];
static int nsessions;

static void lock_table(void)
{
    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    deadline.tv_sec += 30;
    if (pthread_mutex_clocklock(&tbl_lock, CLOCK_MONOTONIC, &deadline) != 0) {
        fprintf(stderr, "session table lock timeout\n");
        abort();
    }
}

static void unlock_table(void)
{
    pthread_mutex_unlock(&tbl_lock);
}

static void *opener(void *arg)
{
    int base = (int)(long)arg;
    for (int i = 0; i < 3; i++) {
        lock_table();
        if (nsessions < MAXS) {
            sessions[nsessions].id = base + i;
            sessions[nsessions].active = 1;
            nsessions++;
        }
        unlock_table();
    }
    return NULL;
}

static void *reaper(void *arg)
{
    (void)arg;
    lock_table();
    nsessions = nsessions > 0 ? nsessions - 1 : 0;
    sessions[0].active = 0;
    unlock_table();
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, opener, (void *)100L);
    pthread_create(&b, NULL, reaper, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d sessions\n", nsessions);
    return 0;
}
