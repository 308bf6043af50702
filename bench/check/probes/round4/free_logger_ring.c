/* TRUTH: race-free - ring buffer fields under R.m, condvar loop re-tests; sink state touched only by the single logger thread; main reads after joining it */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define RING 16
#define MSGLEN 64
#define NCLIENTS 3
#define PER_CLIENT 5

struct log_ring {
    char msgs[RING][MSGLEN];
    int head, tail, count;
    int dropped;
    int closed;
    pthread_mutex_t m;
    pthread_cond_t nonempty;
};

static struct log_ring R = { .m = PTHREAD_MUTEX_INITIALIZER, .nonempty = PTHREAD_COND_INITIALIZER };
static long lines_written;
static unsigned long checksum;

static void log_msg(const char *s)
{
    pthread_mutex_lock(&R.m);
    if (R.count == RING) {
        R.dropped++;
        pthread_mutex_unlock(&R.m);
        return;
    }
    snprintf(R.msgs[R.tail], MSGLEN, "%s", s);
    R.tail = (R.tail + 1) % RING;
    R.count++;
    pthread_cond_signal(&R.nonempty);
    pthread_mutex_unlock(&R.m);
}

static void sink(const char *line)
{
    for (const char *p = line; *p; p++)
        checksum = checksum * 31 + (unsigned char)*p;
    lines_written++;
}

static void *logger(void *arg)
{
    char local[MSGLEN];
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&R.m);
        while (R.count == 0 && !R.closed)
            pthread_cond_wait(&R.nonempty, &R.m);
        if (R.count == 0 && R.closed) {
            pthread_mutex_unlock(&R.m);
            break;
        }
        memcpy(local, R.msgs[R.head], MSGLEN);
        R.head = (R.head + 1) % RING;
        R.count--;
        pthread_mutex_unlock(&R.m);
        sink(local);
    }
    return NULL;
}

static void *client(void *arg)
{
    int id = *(int *)arg;
    char buf[MSGLEN];
    for (int k = 0; k < PER_CLIENT; k++) {
        snprintf(buf, sizeof buf, "client %d message %d", id, k);
        log_msg(buf);
    }
    return NULL;
}

int main(void)
{
    pthread_t lg, cl[NCLIENTS];
    int ids[NCLIENTS];
    pthread_create(&lg, NULL, logger, NULL);
    for (int i = 0; i < NCLIENTS; i++) {
        ids[i] = i;
        pthread_create(&cl[i], NULL, client, &ids[i]);
    }
    for (int i = 0; i < NCLIENTS; i++)
        pthread_join(cl[i], NULL);
    pthread_mutex_lock(&R.m);
    R.closed = 1;
    pthread_cond_broadcast(&R.nonempty);
    pthread_mutex_unlock(&R.m);
    pthread_join(lg, NULL);
    printf("written=%ld dropped=%d sum=%lu\n", lines_written, R.dropped, checksum);
    return 0;
}
